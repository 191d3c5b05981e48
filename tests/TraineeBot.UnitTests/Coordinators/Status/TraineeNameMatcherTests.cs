using TraineeBot.Core.Coordinators.Status.Intents;

namespace TraineeBot.UnitTests.Coordinators.Status;

public sealed class TraineeNameMatcherTests
{
    private static readonly NamedPerson Amira = Person("Amira Hassan");
    private static readonly NamedPerson Ahmed = Person("Ahmed Ali");
    private static readonly NamedPerson Asa = Person("Åsa Östlund");
    private static readonly NamedPerson ElinS = Person("Elin Svensson");
    private static readonly NamedPerson ElinB = Person("Elin Berg");
    private static readonly NamedPerson AnnaKarin = Person("Anna-Karin Lindqvist");
    private static readonly NamedPerson Mohammed = Person("Mohammed Abdullahi");

    private static readonly NamedPerson[] Caseload = [Amira, Ahmed, Asa, ElinS, ElinB, AnnaKarin, Mohammed];

    public static TheoryData<string, string> Exact() => new()
    {
        { "Amira", "Amira Hassan" },
        { "amira", "Amira Hassan" },
        { "AMIRA HASSAN", "Amira Hassan" },
        { "Hassan", "Amira Hassan" },
        { "Hassan Amira", "Amira Hassan" },
        { "Amria", "Amira Hassan" },
        { "Ahmad", "Ahmed Ali" },
        { "Asa", "Åsa Östlund" },
        { "Ostlund", "Åsa Östlund" },
        { "åsa östlund", "Åsa Östlund" },
        { "asa ostlund", "Åsa Östlund" },
        { "Elin Svensson", "Elin Svensson" },
        { "Elin Svenson", "Elin Svensson" },
        { "Svensson", "Elin Svensson" },
        { "Berg", "Elin Berg" },
        { "Anna-Karin", "Anna-Karin Lindqvist" },
        { "anna karin", "Anna-Karin Lindqvist" },
        { "Karin", "Anna-Karin Lindqvist" },
        { "Mohamed", "Mohammed Abdullahi" },
        { "Mohammed Abdulahi", "Mohammed Abdullahi" },
        { "Moha", "Mohammed Abdullahi" },
    };

    [Theory]
    [MemberData(nameof(Exact))]
    public void A_name_finds_its_person(string query, string name)
    {
        var match = TraineeNameMatcher.Match(query, Caseload);

        Assert.Equal(new NameMatch.Exact(Caseload.Single(p => p.Name == name)), match);
    }

    [Fact]
    public void Two_people_with_the_same_first_name_are_ambiguous()
    {
        var match = TraineeNameMatcher.Match("Elin", Caseload);

        var ambiguous = Assert.IsType<NameMatch.Ambiguous>(match);
        Assert.Equal([ElinB, ElinS], ambiguous.People);
    }

    [Fact]
    public void An_exact_name_wins_over_a_typo_of_another()
    {
        var ahmad = Person("Ahmad Karimi");

        Assert.Equal(new NameMatch.Exact(ahmad), TraineeNameMatcher.Match("Ahmad", [Ahmed, ahmad, Amira]));
        Assert.Equal(new NameMatch.Exact(Ahmed), TraineeNameMatcher.Match("Ahmed", [Ahmed, ahmad, Amira]));
    }

    [Fact]
    public void Two_near_misses_are_ambiguous_best_first()
    {
        var maria = Person("Maria Nilsson");
        var amir = Person("Amir Rahimi");

        // "Amria" is one swap from both Amira and Maria; "Ami" starts Amira and Amir, and is nearer Amir.
        Assert.Equal(new NameMatch.Ambiguous([Amira, maria]), TraineeNameMatcher.Match("Amria", [maria, Amira, Ahmed]));
        Assert.Equal(new NameMatch.Ambiguous([amir, Amira]), TraineeNameMatcher.Match("Ami", [Amira, amir]));
        // A whole name beats the start of one.
        Assert.Equal(new NameMatch.Exact(amir), TraineeNameMatcher.Match("Amir", [Amira, amir]));
    }

    [Theory]
    [InlineData("Bob")]
    [InlineData("Zlatan")]
    [InlineData("Am")]
    [InlineData("Elin Karlsson")]
    [InlineData("Amira Hassan Berg")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("Ahmxyz")]
    public void A_name_nobody_has_finds_nobody(string query) =>
        Assert.Equal(new NameMatch.None(), TraineeNameMatcher.Match(query, Caseload));

    [Fact]
    public void No_candidates_finds_nobody() =>
        Assert.Equal(new NameMatch.None(), TraineeNameMatcher.Match("Amira", []));

    private static NamedPerson Person(string name) => new(Guid.NewGuid(), name);
}
