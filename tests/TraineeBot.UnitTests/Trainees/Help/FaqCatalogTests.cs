using TraineeBot.Core.Trainees.Help;
using TraineeBot.Core.Trainees.Help.Faq;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Trainees.Help;

public sealed class FaqCatalogTests
{
    private static readonly Lazy<FaqCatalog> RealFaq = new(() => FaqCatalog.Load(Path.Combine(RepositoryPaths.Dialogs, "faq", "faq.yaml")));

    [Fact]
    public void The_real_FAQ_loads_with_the_topics_the_programme_needs()
    {
        var ids = RealFaq.Value.Entries.Select(e => e.Id).ToHashSet();

        Assert.Superset(new HashSet<string> { "sick-leave", "pay-day", "wage-phase", "holidays", "who-to-call", "working-hours", "late" }, ids);
        Assert.All(RealFaq.Value.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Answer.English)));
    }

    [Fact]
    public void The_dialog_catalog_does_not_read_the_FAQ_as_a_dialog() =>
        Assert.DoesNotContain(Directory.GetFiles(RepositoryPaths.Dialogs, "*.yaml"), f => f.Contains("faq", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Hur sjukanmäler jag mej?", "sick-leave")]
    [InlineData("jag är sjuk idag", "sick-leave")]
    [InlineData("när är lönedan", "pay-day")]
    [InlineData("Vad är lönefasen?", "wage-phase")]
    [InlineData("vem ska jag rnga", "who-to-call")]
    [InlineData("hur många semsterdagar har jag", "holidays")]
    [InlineData("vad gör jag om jag blir sen", "late")]
    [InlineData("how do i reprt sick", "sick-leave")]
    [InlineData("wen is payday?", "pay-day")]
    [InlineData("When do I get payed", "pay-day")]
    [InlineData("what are my workng hours", "working-hours")]
    [InlineData("who do I cal", "who-to-call")]
    [InlineData("What if I'm late?", "late")]
    public void Questions_with_typos_match_their_entry_in_Swedish_and_English(string question, string expected)
    {
        var match = RealFaq.Value.Match(question);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Entry.Id);
    }

    [Theory]
    [InlineData("vad heter du?")]
    [InlineData("kan jag ta med min hund?")]
    [InlineData("what is the weather like")]
    [InlineData("hur?")]
    [InlineData("när")]
    [InlineData("what")]
    [InlineData("👍")]
    public void Questions_far_from_every_entry_do_not_match(string question) =>
        Assert.Null(RealFaq.Value.Match(question));

    [Fact]
    public void Problems_in_a_broken_file_are_listed_with_their_line()
    {
        const string yaml = """
            entries:
              - id: pay-day
                questions:
                  sv: [när är lönedagen]
                answer: { sv: "Den 25:e {salary}", en: The 25th }
              - id: pay-day
                questions: { sv: [a], en: [b] }
                answr: { sv: x, en: y }
            """;

        var problems = Assert.Throws<FaqDefinitionException>(() => FaqCatalog.Read("faq.yaml", yaml)).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("faq.yaml:4:", StringComparison.Ordinal) && p.Contains("English (en)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("faq.yaml:5:", StringComparison.Ordinal) && p.Contains("{salary}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("faq.yaml:8:", StringComparison.Ordinal) && p.Contains("answr", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("entries: [", "not valid YAML")]
    [InlineData("entries: x", "'entries' must be a list")]
    public void A_file_that_is_not_an_FAQ_is_a_problem(string yaml, string expected)
    {
        var problem = Assert.Single(Assert.Throws<FaqDefinitionException>(() => FaqCatalog.Read("faq.yaml", yaml)).Problems);

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Får jag jobba hemma?", true)]
    [InlineData("kan jag byta arbetsplats", true)]
    [InlineData("Varför är det så", true)]
    [InlineData("May I bring a friend", true)]
    [InlineData("where is the office", true)]
    [InlineData("jag gillar katter", false)]
    [InlineData("ok tack", false)]
    public void A_question_ends_with_a_question_mark_or_starts_with_a_question_word(string text, bool expected) =>
        Assert.Equal(expected, QuestionFeature.IsQuestion(text));

    [Theory]
    [InlineData("Jag behöver hjälp!", true)]
    [InlineData("i need help", true)]
    [InlineData("jag behöver hjälp med schemat", false)]
    [InlineData("I need help with my contract", false)]
    public void A_bare_request_for_help_is_asked_what_it_is_about(string text, bool expected) =>
        Assert.Equal(expected, HelpRequestHandler.IsBare(text));
}
