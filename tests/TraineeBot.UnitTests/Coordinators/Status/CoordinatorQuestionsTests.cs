using TraineeBot.Core.Coordinators.Status.Intents;
using I = TraineeBot.Core.Coordinators.Status.Intents.CoordinatorIntent;

namespace TraineeBot.UnitTests.Coordinators.Status;

public sealed class CoordinatorQuestionsTests
{
    private static readonly Type[] Shown =
    [
        typeof(I.Overview), typeof(I.Trainee), typeof(I.Unanswered), typeof(I.Overdue), typeof(I.DueThisWeek), typeof(I.Flagged),
        typeof(I.HelpOpen), typeof(I.RenewalsSoon), typeof(I.Ending), typeof(I.Ending), typeof(I.LimitsNear), typeof(I.Report), typeof(I.Help),
    ];

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Every_example_is_understood_as_what_it_shows(string language)
    {
        var examples = CoordinatorQuestions.Examples(language);

        Assert.Equal(Shown.Length, examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            var parsed = CoordinatorIntentParser.Parse(examples[i], new DateOnly(2026, 5, 13));
            Assert.True(parsed.Intent.GetType() == Shown[i], $"'{examples[i]}' is {parsed.Intent}");
            Assert.Equal(language, parsed.Language);
        }
    }

    [Fact]
    public void The_examples_differ_by_language() =>
        Assert.NotEqual(CoordinatorQuestions.Examples("sv"), CoordinatorQuestions.Examples("en"));

    [Fact]
    public void The_documentation_shows_every_example()
    {
        var doc = File.ReadAllText(Path.Combine(TraineeBot.Testing.RepositoryPaths.Root, "docs", "coordinators", "asking.md"));

        Assert.All(CoordinatorQuestions.Examples("sv").Concat(CoordinatorQuestions.Examples("en")), example => Assert.Contains(example, doc, StringComparison.Ordinal));
        Assert.All(Core.Coordinators.CoordinatorCommands.Examples("sv").Concat(Core.Coordinators.CoordinatorCommands.Examples("en")),
            example => Assert.Contains(example, doc, StringComparison.Ordinal));
    }
}
