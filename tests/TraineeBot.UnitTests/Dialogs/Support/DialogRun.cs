using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.Dialogs;

namespace TraineeBot.UnitTests.Dialogs.Support;

/// <summary>A user going through a dialog: every turn's state goes through JSON, as the bot stores it between messages.</summary>
internal sealed class DialogRun
{
    private readonly DialogEngine engine = new();
    private readonly DialogDefinition definition;

    private DialogRun(DialogDefinition definition, DialogContext context, DialogTurn first)
    {
        this.definition = definition;
        Context = context;
        Turns.Add(first);
        State = Stored(first.State);
    }

    public DialogContext Context { get; set; }

    public DialogRunState State { get; private set; }

    public List<DialogTurn> Turns { get; } = [];

    public DialogTurn Last => Turns[^1];

    public DialogOutput.AskStep Asked => Last.Outputs.OfType<DialogOutput.AskStep>().Single();

    public DialogOutput.Summary Summary => Last.Outputs.OfType<DialogOutput.Summary>().Single();

    public DialogOutput.Completed Completed => Last.Outputs.OfType<DialogOutput.Completed>().Single();

    public static DialogRun Start(DialogDefinition definition, DialogContext context) =>
        new(definition, context, new DialogEngine().Start(definition, context));

    public DialogRun Say(string text) => Send(new DialogInput.Text(text));

    public DialogRun Submit(JsonObject values) => Send(new DialogInput.CardData(values));

    public DialogRun Send(DialogInput input)
    {
        var turn = engine.Continue(definition, State, input, Context);
        Turns.Add(turn);
        State = Stored(turn.State);
        return this;
    }

    public DialogRun Resume()
    {
        var turn = engine.Resume(definition, State, Context);
        Turns.Add(turn);
        State = Stored(turn.State);
        return this;
    }

    /// <summary>Serialises and reads back the state, checking that nothing changes on the way.</summary>
    public static DialogRunState Stored(DialogRunState state)
    {
        var json = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogRunState);
        var read = JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogRunState)!;
        var again = JsonSerializer.Serialize(read, DialogJsonContext.Default.DialogRunState);
        Assert.Equal(json, again);
        return read;
    }
}
