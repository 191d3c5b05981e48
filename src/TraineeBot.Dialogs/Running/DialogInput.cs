using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>What the user sent: a typed message, or a card submit (field id → value, strings as Teams sends them).</summary>
public abstract record DialogInput
{
    private DialogInput()
    {
    }

    public sealed record Text(string Value) : DialogInput;

    public sealed record CardData(JsonObject Values) : DialogInput;
}
