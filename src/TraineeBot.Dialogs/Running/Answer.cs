using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// A stored answer: the value (text and choice: string, multiple choice: array of option values, scale: integer,
/// yes/no: boolean, date: "yyyy-MM-dd", number: number, form: object of field id → value) and the answer as it was
/// shown to the user when given. The value is shared with the run state: <c>DeepClone()</c> it before putting it
/// into another JSON document.
/// </summary>
public sealed record Answer(JsonNode Value, string Display);
