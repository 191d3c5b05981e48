using System.Text.Json.Nodes;
using TraineeBot.Core.Trainees.Intake;
using TraineeBot.Dialogs;
using TraineeBot.Testing;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Trainees.Intake;

/// <summary>The real <c>dialogs/interest-inventory.yaml</c> through the engine: its step ids are the ones the scoring reads.</summary>
public sealed class InterestInventoryDialogTests
{
    private static readonly DialogDefinition Inventory =
        DialogCatalog.Load(RepositoryPaths.Dialogs, DialogFixtures.RealEndActions).Find("interest-inventory")
        ?? throw new InvalidOperationException("No interest-inventory dialog in dialogs/.");

    [Fact]
    public void A_whole_run_in_Swedish_gives_the_answers_the_scoring_reads()
    {
        var run = DialogRun.Start(Inventory, DialogFixtures.Swedish)
            .Say("barn").Say("gymnasiet").Say("laga mat")
            .Say("ja").Say("städning")
            .Say("30").Say("nära")
            .Say("ja").Say("Jag kan inte lyfta tungt")
            .Say("1, 3, 8").Say("kurdiska")
            .Say("nej")
            .Say("1, 4, 9").Say("Bibliotek");
        Assert.Equal(14, run.Summary.Lines.Count);
        run.Say("ja");

        Assert.Equal(["save-interest-profile"], run.Completed.EndActions);
        var answers = InterestAnswers.From(run.Completed.Answers.ToDictionary(a => a.Key, a => (JsonNode?)a.Value.Value, StringComparer.Ordinal));
        Assert.Equal(
            new InterestAnswers
            {
                Interests = "barn",
                Background = "gymnasiet",
                GoodAt = "laga mat",
                Avoid = "städning",
                HoursPerWeek = 30,
                Travel = "near",
                SharesHealth = true,
                Health = "Jag kan inte lyfta tungt",
                OtherLanguages = "kurdiska",
                DrivingLicence = false,
                OtherArea = "Bibliotek",
            },
            answers with { Languages = [], PreferredAreas = [] });
        Assert.Equal(["swedish", "arabic", "other"], answers.Languages);
        Assert.Equal(["preschool", "kitchen", "other"], answers.PreferredAreas);
        Assert.Equal(["preschool", "kitchen", "school"], WorkAreaScoring.Score(answers).Select(s => s.Area));
    }

    [Fact]
    public void The_shortest_run_in_English_skips_the_optional_questions()
    {
        var run = DialogRun.Start(Inventory, DialogFixtures.English)
            .Say("computers").Say("school").Say("fixing things")
            .Say("no").Say("20").Say("It does not matter").Say("no").Say("2").Say("yes").Say("IT");

        Assert.Equal(10, run.Summary.Lines.Count);
        Assert.Equal("Here are your answers. Are they right? Write \"yes\" to send, or \"change\" and a number.", run.Summary.Prompt);
        run.Say("yes");
        Assert.Equal(["interests", "background", "good-at", "has-avoid", "hours", "travel", "share-health", "languages", "licence", "areas"], run.Completed.Answers.Keys);
        Assert.Equal("Thank you! Your answers are saved. Your coordinator will contact you about jobs that may suit you.", run.Completed.Message);
    }
}
