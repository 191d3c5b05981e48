using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Engine;

/// <summary>The engine on <c>conditions.yaml</c>: area (choice) → rating (scale) → why (rating ≤ 2) → great (rating ≥ 4)
/// → indoor-hours (area in care/kitchen/office) → start (why not answered) → confirm.</summary>
public sealed class DialogEngineTests
{
    private static readonly DialogDefinition Definition = DialogFixtures.Fixture("conditions.yaml");

    [Fact]
    public void Start_asks_the_first_step_with_its_options_as_buttons()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish);

        var asked = run.Asked;
        Assert.Equal("area", asked.StepId);
        Assert.Equal(StepKind.Choice, asked.Kind);
        Assert.Equal("Vilket område passar dig?", asked.Prompt);
        Assert.Equal("Villkor", asked.DialogTitle);
        Assert.True(asked.OfferButtons);
        Assert.Equal(["care", "kitchen", "office", "outdoor"], asked.Options.Select(o => o.Value));
        Assert.Null(asked.Problem);
        Assert.Null(asked.Example);
        Assert.Equal((1, 3), (asked.StepNumber, asked.StepCount));
        Assert.Equal("Fråga 1 av 3", asked.Progress);
        var field = Assert.Single(asked.Fields);
        Assert.Equal(("area", StepKind.Choice, 4), (field.Id, field.Kind, field.Options.Count));
        Assert.Equal(DialogStatus.Active, run.State.Status);
        Assert.Equal(("conditions", 3, "area", DialogPhase.Asking), (run.State.DefinitionId, run.State.DefinitionVersion, run.State.CurrentStepId, run.State.Phase));
    }

    [Fact]
    public void A_step_whose_condition_is_false_is_skipped()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("utomhus").Say("5");

        Assert.Equal("great", run.Asked.StepId);
        run.Say("Kollegorna");
        Assert.Equal("start", run.Asked.StepId);
        Assert.Equal(["area", "rating", "great"], run.State.Answers.Keys);
    }

    [Fact]
    public void An_invalid_answer_asks_the_same_step_again_with_a_problem_and_keeps_the_answers()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("kontor").Say("typ bra");

        var asked = run.Asked;
        Assert.Equal("rating", asked.StepId);
        Assert.Equal("Svara med en siffra från 1 till 5.", asked.Problem);
        Assert.Equal(1, run.State.InvalidAttempts);
        Assert.Equal("\"office\"", run.State.Answers["area"].Value.ToJsonString());
        Assert.Equal("Kontor", run.State.Answers["area"].Display);

        run.Say("4");
        Assert.Equal(0, run.State.InvalidAttempts);
        Assert.Null(run.Asked.Problem);
    }

    [Fact]
    public void The_problem_is_in_the_users_language()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.English).Say("banana");

        Assert.Equal("Which area suits you?", run.Asked.Prompt);
        Assert.Equal("I didn't understand. Answer with a number from 1 to 4, or write one of the options.", run.Asked.Problem);
        Assert.Equal("Question 1 of 3", run.Asked.Progress);
    }

    [Fact]
    public void After_three_invalid_answers_a_step_without_options_gets_an_example()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("kontor").Say("1").Say("x");
        Assert.Equal("why", run.Asked.StepId);
        Assert.Null(run.Asked.Example);
        Assert.False(run.Asked.OfferButtons);

        run.Say("a");
        Assert.Null(run.Asked.Example);
        run.Say("b");

        Assert.Equal(3, run.Asked.InvalidAttempts);
        Assert.Equal("Skriv med egna ord, mellan 2 och 100 tecken.", run.Asked.Example);
        Assert.Equal("Skriv lite mer, minst 2 tecken.", run.Asked.Problem);
    }

    [Fact]
    public void The_summary_numbers_the_answers_and_says_how_to_send_or_change()
    {
        var run = AtSummary(DialogFixtures.Swedish);

        var summary = run.Summary;
        Assert.Equal(DialogPhase.Confirming, run.State.Phase);
        Assert.Equal("confirm", summary.StepId);
        Assert.Equal("Stämmer det här?", summary.Prompt);
        Assert.Equal(
            [
                (1, "area", "Vilket område passar dig?", "Kontor"),
                (2, "rating", "Hur känns det?", "1 – Mycket dåligt"),
                (3, "why", "Vad känns dåligt?", "Tråkiga uppgifter"),
                (4, "indoor-hours", "Hur många timmar per vecka?", "20"),
            ],
            summary.Lines.Select(l => (l.Number, l.StepId, l.Question, l.Answer)));
        Assert.Equal("Skriv ja för att skicka, eller till exempel ändra 2 för att ändra svar 2.", summary.Instructions);
        Assert.Equal(new AnswerOption("ja", "Skicka"), summary.Send);
        Assert.Equal(new AnswerOption("ändra 3", "Ändra 3"), summary.Lines[2].Change);
        Assert.Null(summary.Problem);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("Ja!")]
    [InlineData("skicka")]
    [InlineData("yes")]
    [InlineData("send")]
    [InlineData("👍")]
    public void Yes_at_the_summary_completes_with_the_end_actions_and_answers(string reply)
    {
        var run = AtSummary(DialogFixtures.Swedish).Say(reply);

        var completed = run.Completed;
        Assert.Equal(("conditions", 3), (completed.DialogId, completed.DialogVersion));
        Assert.Equal(["save-answers"], completed.EndActions);
        Assert.Equal(["area", "rating", "why", "indoor-hours"], completed.Answers.Keys);
        Assert.Equal("20", completed.Answers["indoor-hours"].Value.ToJsonString());
        Assert.Equal("Klart!", completed.Message);
        Assert.Equal(DialogStatus.Completed, run.State.Status);
        Assert.Null(run.State.CurrentStepId);
    }

    [Theory]
    [InlineData("ändra 2")]
    [InlineData("Ändra 2")]
    [InlineData("andra 2")]
    [InlineData("change 2")]
    [InlineData("2")]
    [InlineData("ändra svar 2")]
    [InlineData("ändra två")]
    public void Changing_an_answer_asks_that_step_again_showing_the_current_answer(string reply)
    {
        var run = AtSummary(DialogFixtures.Swedish).Say(reply);

        var asked = run.Asked;
        Assert.Equal("rating", asked.StepId);
        Assert.Equal(DialogPhase.ChangingAnswer, run.State.Phase);
        Assert.Equal("Ditt svar nu: 1 – Mycket dåligt", asked.CurrentAnswer);
        Assert.Equal(new AnswerOption("behåll", "Behåll svaret"), asked.Keep);
        Assert.Equal("1", Assert.Single(asked.Fields).Value);
    }

    [Fact]
    public void A_changed_answer_drops_steps_that_no_longer_apply_and_asks_those_that_now_do()
    {
        var run = AtSummary(DialogFixtures.Swedish).Say("ändra 2").Say("5");

        // why (rating ≤ 2) no longer applies; great (rating ≥ 4) now does.
        Assert.Equal("great", run.Asked.StepId);
        Assert.Equal(DialogPhase.Asking, run.State.Phase);
        Assert.False(run.State.Answers.ContainsKey("why"));

        run.Say("Kollegorna");
        // start applies now that why is not answered.
        Assert.Equal("start", run.Asked.StepId);
        run.Say("i morgon");

        Assert.Equal(
            ["area", "rating", "great", "indoor-hours", "start"],
            run.Summary.Lines.Select(l => l.StepId));
        Assert.Equal("onsdag 25 november 2026", run.Summary.Lines[4].Answer);
    }

    [Fact]
    public void Changing_an_answer_back_to_a_value_that_needs_nothing_new_returns_to_the_summary()
    {
        var run = AtSummary(DialogFixtures.Swedish).Say("ändra 1").Say("kök");

        Assert.Equal(DialogPhase.Confirming, run.State.Phase);
        Assert.Equal("Kök och restaurang", run.Summary.Lines[0].Answer);
        Assert.Equal(4, run.Summary.Lines.Count);
    }

    [Fact]
    public void Changing_an_answer_can_drop_a_later_answer_without_asking_anything()
    {
        var run = AtSummary(DialogFixtures.Swedish).Say("ändra 1").Say("utomhus");

        Assert.Equal(DialogPhase.Confirming, run.State.Phase);
        Assert.Equal(["area", "rating", "why"], run.Summary.Lines.Select(l => l.StepId));
        Assert.False(run.State.Answers.ContainsKey("indoor-hours"));
    }

    [Theory]
    [InlineData("behåll")]
    [InlineData("keep")]
    public void Keeping_the_answer_goes_back_to_the_summary_unchanged(string reply)
    {
        var run = AtSummary(DialogFixtures.Swedish).Say("ändra 2").Say(reply);

        Assert.Equal(DialogPhase.Confirming, run.State.Phase);
        Assert.Equal("1 – Mycket dåligt", run.Summary.Lines[1].Answer);
    }

    [Fact]
    public void An_invalid_new_answer_keeps_the_old_one_and_stays_changing()
    {
        var run = AtSummary(DialogFixtures.Swedish).Say("ändra 2").Say("sju");

        Assert.Equal(DialogPhase.ChangingAnswer, run.State.Phase);
        Assert.Equal("Svara med en siffra från 1 till 5.", run.Asked.Problem);
        Assert.Equal("1", run.State.Answers["rating"].Value.ToJsonString());
    }

    [Theory]
    [InlineData("sv", "kanske", "Skriv ja för att skicka, eller ändra och ett nummer, till exempel ändra 2.")]
    [InlineData("sv", "nej", "Skriv ja för att skicka, eller ändra och ett nummer, till exempel ändra 2.")]
    [InlineData("sv", "ändra", "Skriv ja för att skicka, eller ändra och ett nummer, till exempel ändra 2.")]
    [InlineData("sv", "ändra 9", "Välj ett nummer från 1 till 4.")]
    [InlineData("en", "maybe", "Write yes to send, or change and a number, for example change 2.")]
    [InlineData("en", "change 0", "Choose a number from 1 to 4.")]
    public void Another_reply_to_the_summary_shows_it_again_with_a_problem(string language, string reply, string problem)
    {
        var run = AtSummary(DialogFixtures.Context(language)).Say(reply);

        Assert.Equal(problem, run.Summary.Problem);
        Assert.Equal(DialogPhase.Confirming, run.State.Phase);
        Assert.Equal(1, run.State.InvalidAttempts);
        Assert.Equal(4, run.State.Answers.Count);
    }

    [Fact]
    public void The_summary_shows_the_answers_in_the_language_of_now()
    {
        var run = AtSummary(DialogFixtures.Swedish);
        run.Context = DialogFixtures.English;

        run.Say("hmm");

        Assert.Equal(["Office", "1 – Very poor"], run.Summary.Lines.Take(2).Select(l => l.Answer));
        Assert.Equal("Is this right?", run.Summary.Prompt);
    }

    [Theory]
    [InlineData("avbryt")]
    [InlineData("Avbryt!")]
    [InlineData("cancel")]
    public void Cancel_words_end_the_run_at_any_step(string reply)
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("kontor").Say(reply);

        var cancelled = Assert.IsType<DialogOutput.Cancelled>(Assert.Single(run.Last.Outputs));
        Assert.Equal("Okej, jag avbryter. Inga svar skickades.", cancelled.Message);
        Assert.Equal(DialogStatus.Cancelled, run.State.Status);
        Assert.Equal(["area"], run.State.Answers.Keys);
    }

    [Fact]
    public void Cancel_ends_a_run_without_outputs()
    {
        var state = new DialogEngine().Start(Definition, DialogFixtures.Swedish).State;

        var cancelled = new DialogEngine().Cancel(state);

        Assert.Equal(DialogStatus.Cancelled, cancelled.Status);
        Assert.Null(cancelled.CurrentStepId);
        Assert.Equal(DialogStatus.Active, state.Status);
    }

    [Fact]
    public void Resume_asks_the_current_step_again_after_a_notice_keeping_the_count_of_tries()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("kontor").Say("x").Resume();

        Assert.Equal("Vi fortsätter där du slutade.", Assert.IsType<DialogOutput.Notice>(run.Last.Outputs[0]).Text);
        Assert.Equal("rating", run.Asked.StepId);
        Assert.Null(run.Asked.Problem);
        Assert.Equal(1, run.State.InvalidAttempts);
    }

    [Fact]
    public void Resume_at_the_summary_shows_the_summary_again()
    {
        var run = AtSummary(DialogFixtures.English).Resume();

        Assert.Equal("Let's continue where you left off.", Assert.IsType<DialogOutput.Notice>(run.Last.Outputs[0]).Text);
        Assert.Equal(4, run.Summary.Lines.Count);
    }

    [Fact]
    public void A_card_submit_for_a_single_step_is_read_under_the_step_id()
    {
        var run = DialogRun.Start(Definition, DialogFixtures.Swedish).Submit(new JsonObject { ["area"] = "kitchen", ["verb"] = "answer" });

        Assert.Equal("\"kitchen\"", run.State.Answers["area"].Value.ToJsonString());

        run.Submit(new JsonObject { ["rating"] = 2 });
        Assert.Equal("2", run.State.Answers["rating"].Value.ToJsonString());

        run.Submit(new JsonObject { ["something-else"] = "x" });
        Assert.Equal("why", run.Asked.StepId);
        Assert.Equal("Skriv ett svar.", run.Asked.Problem);
    }

    [Fact]
    public void The_summary_buttons_send_their_commands_as_card_data_under_the_confirm_step()
    {
        var run = AtSummary(DialogFixtures.Swedish);

        run.Submit(new JsonObject { [run.Summary.StepId] = run.Summary.Lines[1].Change.Value });
        Assert.Equal("rating", run.Asked.StepId);
        run.Submit(new JsonObject { ["rating"] = run.Asked.Keep!.Value });
        run.Submit(new JsonObject { [run.Summary.StepId] = run.Summary.Send.Value });

        Assert.Equal(DialogStatus.Completed, run.State.Status);
    }

    [Fact]
    public void A_finished_run_cannot_be_continued_or_resumed()
    {
        var run = AtSummary(DialogFixtures.Swedish).Say("ja");
        var engine = new DialogEngine();

        Assert.Throws<InvalidOperationException>(() => engine.Continue(Definition, run.State, new DialogInput.Text("ja"), DialogFixtures.Swedish));
        Assert.Throws<InvalidOperationException>(() => engine.Resume(Definition, run.State, DialogFixtures.Swedish));
    }

    [Fact]
    public void A_run_of_another_dialog_is_refused()
    {
        var state = new DialogEngine().Start(DialogFixtures.Fixture("form-example.yaml"), DialogFixtures.Swedish).State;

        Assert.Throws<ArgumentException>(() => new DialogEngine().Resume(Definition, state, DialogFixtures.Swedish));
    }

    [Fact]
    public void A_new_version_keeps_the_answers_that_still_fit_and_asks_what_is_open()
    {
        var run = AtSummary(DialogFixtures.Swedish);
        var yaml = File.ReadAllText(DialogFixtures.Path_("conditions.yaml"))
            .Replace("version: 3", "version: 4", StringComparison.Ordinal)
            .Replace("max: 40", "max: 10", StringComparison.Ordinal);
        var changed = DialogFixtures.FromText("conditions.yaml", yaml);

        var turn = new DialogEngine().Continue(changed, run.State, new DialogInput.Text("ja"), DialogFixtures.Swedish);

        Assert.Equal("Frågorna har ändrats sedan sist. Vi fortsätter med det som är kvar.", Assert.IsType<DialogOutput.Notice>(turn.Outputs[0]).Text);
        var asked = Assert.IsType<DialogOutput.AskStep>(turn.Outputs[1]);
        Assert.Equal("indoor-hours", asked.StepId);
        Assert.Equal(4, turn.State.DefinitionVersion);
        Assert.Equal(["area", "rating", "why"], turn.State.Answers.Keys);
    }

    [Fact]
    public void Answers_are_never_lost_on_any_input()
    {
        var engine = new DialogEngine();
        var state = DialogRun.Start(Definition, DialogFixtures.Swedish).Say("kontor").Say("1").State;
        var before = state.Answers.ToDictionary(pair => pair.Key, pair => pair.Value.Value.ToJsonString());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(
            Arb.From(ArbMap.Default.GeneratorFor<string>()),
            (string input) =>
            {
                var turn = engine.Continue(Definition, state, new DialogInput.Text(input ?? string.Empty), DialogFixtures.Swedish);
                return before.All(pair => turn.State.Answers.TryGetValue(pair.Key, out var answer) && answer.Value.ToJsonString() == pair.Value)
                    && turn.Outputs.Count > 0;
            }));
    }

    /// <summary>Office, rating 1, why, 20 hours: at the summary (start does not apply since why is answered).</summary>
    private static DialogRun AtSummary(DialogContext context) =>
        DialogRun.Start(Definition, context).Say("kontor").Say("1").Say("Tråkiga uppgifter").Say("20");
}
