using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Programme;

namespace TraineeBot.UnitTests.Coordinators.Matching;

public sealed class MatchingGrammarTests
{
    [Theory]
    [InlineData("lediga platser")]
    [InlineData("Lediga  platser?")]
    [InlineData("open placements")]
    [InlineData("Open placements.")]
    public void Lists_open_placements(string text) => Assert.IsType<MatchingCommand.ListOpen>(MatchingGrammar.Parse(text));

    [Theory]
    [InlineData("förslag för Amira", "Amira")]
    [InlineData("matcha amira hassan?", "amira hassan")]
    [InlineData("Suggestions for Amira", "Amira")]
    [InlineData("match  Ahmed!", "Ahmed")]
    public void Suggestions_for_a_trainee(string text, string name) =>
        Assert.Equal(new MatchingCommand.SuggestFor(name), MatchingGrammar.Parse(text));

    [Theory]
    [InlineData("lediga platser finns det?")]
    [InlineData("hur går det för Amira?")]
    [InlineData("status")]
    [InlineData("förslag")]
    [InlineData("ny plats")]
    [InlineData("platser")]
    public void Anything_else_is_not_matchings(string text) => Assert.Null(MatchingGrammar.Parse(text));

    [Fact]
    public void Registers_an_opening_in_Swedish_keeping_the_names_spelling()
    {
        var command = MatchingGrammar.Parse("Ny plats Förskolan Solen; förskola; 30 deltid ok; Tumba 45 min; arabiska, somaliska");

        Assert.Equal(new MatchingCommand.Register("Förskolan Solen", PlacementKind.Internal, "preschool", 30, true, "Tumba", 45, ["arabic", "somali"]), command);
    }

    [Fact]
    public void Registers_an_external_opening_in_English_without_travel_time_or_languages()
    {
        var command = MatchingGrammar.Parse("new external opening Städ & Fastighet AB; cleaning; 40 hours; Industrivägen 12, Norsborg");

        Assert.Equal(new MatchingCommand.Register("Städ & Fastighet AB", PlacementKind.External, "cleaning", 40, false, "Industrivägen 12, Norsborg", null, []), command);
    }

    [Theory]
    [InlineData("ny plats Solen; förskola; 30", "InvalidParts")]
    [InlineData("ny plats Solen; bilverkstad; 30; Tumba", "InvalidArea")]
    [InlineData("ny plats Solen; förskola; 50; Tumba", "InvalidHours")]
    [InlineData("ny plats Solen; förskola; trettio; Tumba", "InvalidHours")]
    [InlineData("ny plats Solen; förskola; 30; Tumba; klingonska", "InvalidLanguage")]
    [InlineData("new opening Solen; preschool; 30; Tumba 500 min", "InvalidLocation")]
    public void A_part_not_understood_says_which(string text, string problem) =>
        Assert.Equal(problem, Assert.IsType<MatchingCommand.RegisterInvalid>(MatchingGrammar.Parse(text)).Problem);
}
