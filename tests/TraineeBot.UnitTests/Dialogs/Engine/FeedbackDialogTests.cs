using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Engine;

/// <summary>The real <c>dialogs/feedback.yaml</c>, as a trainee would go through it.</summary>
public sealed class FeedbackDialogTests
{
    private static readonly DialogDefinition Feedback = DialogFixtures.Feedback();

    [Fact]
    public void A_trainee_gives_feedback_in_Swedish_with_a_comment_and_a_contact_date()
    {
        var run = DialogRun.Start(Feedback, DialogFixtures.Swedish);
        Assert.Equal("Hur lätt är det att använda TraineeBot? Svara 1–5.", run.Asked.Prompt);
        Assert.Equal(["1 – Mycket svårt", "2 – Ganska svårt", "3 – Okej", "4 – Ganska lätt", "5 – Mycket lätt"], run.Asked.Options.Select(o => o.Label));

        run.Say("fyra").Say("ja");
        Assert.Equal("comment", run.Asked.StepId);
        run.Say("Bra påminnelser. Svårt att hitta hjälp.").Say("ja");
        Assert.Equal("contact-date", run.Asked.StepId);
        run.Say("igår");
        Assert.Equal("Välj ett datum från och med tisdag 24 november 2026.", run.Asked.Problem);
        run.Say("på fredag");

        Assert.Equal(
            ["4 – Ganska lätt", "Ja", "Bra påminnelser. Svårt att hitta hjälp.", "Ja", "fredag 27 november 2026"],
            run.Summary.Lines.Select(l => l.Answer));

        run.Say("ja");
        Assert.Equal(["thank-user"], run.Completed.EndActions);
        Assert.Equal("Tack för att du tyckte till! Det hjälper oss att göra TraineeBot bättre.", run.Completed.Message);
        Assert.Equal("\"2026-11-27\"", run.Completed.Answers["contact-date"].Value.ToJsonString());
    }

    [Fact]
    public void A_trainee_gives_only_a_rating_in_English()
    {
        var run = DialogRun.Start(Feedback, DialogFixtures.English).Say("5").Say("no").Say("no");

        Assert.Equal(["How easy is TraineeBot to use? Answer 1–5.", "Do you want to write something more? For example what is good, or what could be better.", "May your trainee coordinator contact you to talk about it?"],
            run.Summary.Lines.Select(l => l.Question));
        Assert.Equal("Write yes to send, or for example change 2 to change answer 2.", run.Summary.Instructions);

        run.Say("change 3").Say("yes");
        Assert.Equal("contact-date", run.Asked.StepId);
        run.Say("tomorrow").Say("send");

        Assert.Equal(["ease", "more", "contact", "contact-date"], run.Completed.Answers.Keys);
        Assert.Equal("Thank you for your feedback! It helps us make TraineeBot better.", run.Completed.Message);
    }

    [Fact]
    public void Saying_no_to_contact_afterwards_drops_the_date()
    {
        var run = DialogRun.Start(Feedback, DialogFixtures.Swedish).Say("3").Say("nej").Say("ja").Say("i morgon");
        Assert.Equal(4, run.Summary.Lines.Count);

        run.Say("ändra 3").Say("nej");

        Assert.Equal(["ease", "more", "contact"], run.Summary.Lines.Select(l => l.StepId));
        Assert.False(run.State.Answers.ContainsKey("contact-date"));
    }
}
