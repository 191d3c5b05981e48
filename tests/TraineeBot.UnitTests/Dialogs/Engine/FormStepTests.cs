using System.Text.Json.Nodes;
using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Engine;

/// <summary>A form step (<c>form-example.yaml</c>): several fields answered in one card submit.</summary>
public sealed class FormStepTests
{
    private static readonly DialogDefinition Definition = DialogFixtures.Fixture("form-example.yaml");

    [Fact]
    public void A_form_is_asked_with_every_field_described_for_a_card()
    {
        var asked = DialogRun.Start(Definition, DialogFixtures.Swedish).Asked;

        Assert.Equal(StepKind.Form, asked.Kind);
        Assert.False(asked.OfferButtons);
        Assert.Empty(asked.Options);
        Assert.Equal(["attendance", "tasks", "hours", "next-meeting", "extend", "note"], asked.Fields.Select(f => f.Id));
        Assert.Equal(["Närvaro", "Arbetsuppgifter", "Timmar per vecka", "Nästa möte", "Vill ni förlänga?", "Övrigt"], asked.Fields.Select(f => f.Label));
        var attendance = asked.Fields[0];
        Assert.Equal((StepKind.Scale, 1m, 5m, 5), (attendance.Kind, attendance.Min, attendance.Max, attendance.Options.Count));
        Assert.True(asked.Fields[1].Multiple);
        Assert.Equal(["kitchen", "cleaning", "reception"], asked.Fields[1].Options.Select(o => o.Value));
        Assert.Equal((0m, 40m), (asked.Fields[2].Min, asked.Fields[2].Max));
        Assert.Equal(DialogFixtures.Today, asked.Fields[3].Earliest);
        Assert.Equal(["Ja", "Nej"], asked.Fields[4].Options.Select(o => o.Value));
        Assert.Equal((false, 300), (asked.Fields[5].Required, asked.Fields[5].MaxLength));
        Assert.All(asked.Fields, field => Assert.Null(field.Value));
    }

    [Fact]
    public void A_valid_submit_stores_every_field_by_its_kind_and_goes_on()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Submit(ValidCard());

        Assert.Equal("concern", run.Asked.StepId);
        var answer = run.State.Answers["placement"];
        Assert.Equal(
            """{"attendance":4,"tasks":["kitchen","cleaning"],"hours":12.5,"next-meeting":"2026-12-01","extend":true}""",
            answer.Value.ToJsonString());
        Assert.Equal(
            "Närvaro: 4; Arbetsuppgifter: Kök, Städ; Timmar per vecka: 12,5; Nästa möte: tisdag 1 december 2026; Vill ni förlänga? Ja",
            answer.Display);
    }

    [Fact]
    public void Invalid_fields_are_asked_again_with_their_problems_and_the_valid_values_kept()
    {
        var card = ValidCard();
        card["hours"] = "45";
        card["next-meeting"] = "2026-01-01";
        card["extend"] = "";

        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Submit(card);

        var asked = run.Asked;
        Assert.Equal("placement", asked.StepId);
        Assert.Equal("Något i formuläret behöver rättas. Titta på fälten med en kommentar.", asked.Problem);
        Assert.Equal(
            [null, null, "Talet får vara högst 40.", "Välj ett datum från och med tisdag 24 november 2026.", "Fyll i det här.", null],
            asked.Fields.Select(f => f.Problem));
        Assert.Equal(["4", "kitchen,cleaning", null, null, null, null], asked.Fields.Select(f => f.Value));
        Assert.Equal(1, run.State.InvalidAttempts);
        Assert.Empty(run.State.Answers);

        // The kept values survive a restart too.
        Assert.Equal(["4", "kitchen,cleaning", null, null, null, null], run.Resume().Asked.Fields.Select(f => f.Value));

        run.Submit(ValidCard());
        Assert.Equal("concern", run.Asked.StepId);
        Assert.Null(run.State.FormDraft);
    }

    [Fact]
    public void The_field_problems_are_in_the_users_language()
    {
        var card = ValidCard();
        card.Remove("attendance");

        var asked = DialogRun.Start(Definition, DialogFixtures.English).Submit(card).Asked;

        Assert.Equal("Something in the form needs fixing. Look at the fields with a comment.", asked.Problem);
        Assert.Equal("Please fill this in.", asked.Fields[0].Problem);
        Assert.Equal("Attendance", asked.Fields[0].Label);
    }

    [Fact]
    public void A_typed_message_to_a_form_is_asked_to_use_the_card()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("4");

        Assert.Equal("placement", run.Asked.StepId);
        Assert.Equal("Fyll i formuläret och tryck på Skicka.", run.Asked.Problem);
    }

    [Fact]
    public void An_optional_field_may_be_filled_in()
    {
        var card = ValidCard();
        card["note"] = "  Bra vecka  ";

        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Submit(card);

        Assert.Equal("\"Bra vecka\"", run.State.Answers["placement"].Value["note"]!.ToJsonString());
    }

    [Fact]
    public void Changing_a_form_from_the_summary_prefills_the_card_with_the_answers()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Submit(ValidCard()).Say("nej");
        Assert.Equal(["placement", "concern"], run.Summary.Lines.Select(l => l.StepId));

        run.Say("ändra 1");

        Assert.Equal(["4", "kitchen,cleaning", "12.5", "2026-12-01", "Ja", null], run.Asked.Fields.Select(f => f.Value));
        CardResubmittedWithAChange(run);
    }

    [Fact]
    public void A_form_step_answer_completes_with_the_others()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Submit(ValidCard()).Say("ja").Say("Lite sen ibland").Say("ja");

        var completed = run.Completed;
        Assert.Equal(["notify-coordinator"], completed.EndActions);
        Assert.Equal(["placement", "concern", "concern-text"], completed.Answers.Keys);
        Assert.Equal("Tack! Dina svar är skickade.", completed.Message);
    }

    private static void CardResubmittedWithAChange(DialogRun run)
    {
        var card = ValidCard();
        card["attendance"] = "2";
        run.Submit(card);
        Assert.Equal(DialogPhase.Confirming, run.State.Phase);
        Assert.StartsWith("Närvaro: 2;", run.Summary.Lines[0].Answer, StringComparison.Ordinal);
    }

    /// <summary>As Teams sends an Adaptive Card submit: strings, a multi-select as comma-separated values, and the action's own data.</summary>
    private static JsonObject ValidCard() => new()
    {
        ["attendance"] = "4",
        ["tasks"] = "kitchen,cleaning",
        ["hours"] = "12.5",
        ["next-meeting"] = "2026-12-01",
        ["extend"] = "Ja",
        ["note"] = "",
        ["verb"] = "dialog-answer",
    };
}
