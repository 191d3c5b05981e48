using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Engine;

public sealed class RunStateJsonTests
{
    [Fact]
    public void A_state_with_every_kind_of_answer_round_trips_exactly()
    {
        var state = new DialogRunState
        {
            DefinitionId = "supervisor-checkin",
            DefinitionVersion = 7,
            Status = DialogStatus.Active,
            CurrentStepId = "concern",
            Phase = DialogPhase.ChangingAnswer,
            InvalidAttempts = 2,
            Answers = new Dictionary<string, Answer>
            {
                ["text"] = new(JsonValue.Create("Hej \"du\" – åäö 👍🏽"), "Hej \"du\" – åäö 👍🏽"),
                ["choice"] = new(JsonValue.Create("kitchen"), "Kök"),
                ["multiple"] = new(new JsonArray("care", "office"), "Vård, Kontor"),
                ["scale"] = new(JsonValue.Create(4), "4"),
                ["yesno"] = new(JsonValue.Create(false), "Nej"),
                ["date"] = new(JsonValue.Create("2026-12-01"), "tisdag 1 december 2026"),
                ["number"] = new(JsonValue.Create(12.5m), "12,5"),
                ["form"] = new(new JsonObject { ["hours"] = 0.1m, ["tasks"] = new JsonArray("a") }, "Timmar: 0,1"),
            },
            FormDraft = new JsonObject { ["hours"] = "12,5" },
        };

        var json = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogRunState);
        var read = JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogRunState)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, DialogJsonContext.Default.DialogRunState));
        Assert.Equal(state.Answers.Keys, read.Answers.Keys);
        Assert.Equal(12.5m, read.Answers["number"].Value.GetValue<decimal>());
        Assert.Equal((DialogStatus.Active, DialogPhase.ChangingAnswer, 2, "concern"), (read.Status, read.Phase, read.InvalidAttempts, read.CurrentStepId));
    }

    [Fact]
    public void The_stored_form_is_camel_case_with_names_for_status_and_phase()
    {
        var state = new DialogEngine().Start(DialogFixtures.Feedback(), DialogFixtures.Swedish).State;

        var json = JsonNode.Parse(JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogRunState))!.AsObject();

        Assert.Equal(
            ["definitionId", "definitionVersion", "status", "currentStepId", "phase", "answers", "invalidAttempts", "formDraft"],
            json.Select(pair => pair.Key));
        Assert.Equal("Active", json["status"]!.GetValue<string>());
        Assert.Equal("Asking", json["phase"]!.GetValue<string>());
    }

    [Fact]
    public void A_run_continues_the_same_from_a_stored_state_at_every_turn()
    {
        var definition = DialogFixtures.Fixture("form-example.yaml");
        var engine = new DialogEngine();
        DialogInput[] inputs =
        [
            new DialogInput.CardData(new JsonObject { ["attendance"] = "9", ["tasks"] = "kitchen", ["hours"] = "3,5", ["next-meeting"] = "i morgon", ["extend"] = "nej" }),
            new DialogInput.CardData(new JsonObject { ["attendance"] = "3", ["tasks"] = "kitchen", ["hours"] = "3,5", ["next-meeting"] = "2026-12-24", ["extend"] = "nej" }),
            new DialogInput.Text("ja"),
            new DialogInput.Text("x"),
            new DialogInput.Text("Han kommer sent."),
            new DialogInput.Text("ändra 2"),
            new DialogInput.Text("nej"),
            new DialogInput.Text("ja"),
        ];

        var live = engine.Start(definition, DialogFixtures.Swedish).State;
        foreach (var input in inputs)
        {
            var stored = DialogRun.Stored(live);
            var fromLive = engine.Continue(definition, live, input, DialogFixtures.Swedish);
            var fromStored = engine.Continue(definition, stored, input, DialogFixtures.Swedish);

            Assert.Equal(Json(fromLive.State), Json(fromStored.State));
            Assert.Equal(fromLive.Outputs.Count, fromStored.Outputs.Count);
            live = fromLive.State;
        }

        Assert.Equal(DialogStatus.Completed, live.Status);
    }

    private static string Json(DialogRunState state) => JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogRunState);
}
