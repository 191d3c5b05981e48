using System.Text.Json.Nodes;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>Reading and writing a supervisor check-in's answers: the first (or replaced) answer, and addenda after the coordinator saw it.</summary>
public static class SupervisorAnswerJson
{
    /// <summary>The answers as stored (the first, or its replacement).</summary>
    public static JsonObject? Answers(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return checkIn.AnswersJson is { } json ? JsonNode.Parse(json) as JsonObject : null;
    }

    /// <summary>The addenda, oldest first: each <c>{"at","answers","flagged"}</c>.</summary>
    public static IReadOnlyList<JsonObject> Addenda(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return checkIn.AddendaJson is { } json && JsonNode.Parse(json) is JsonArray array ? [.. array.OfType<JsonObject>()] : [];
    }

    /// <summary>The most recent answers: the last addendum's, else the answer.</summary>
    public static JsonObject? Latest(CheckIn checkIn) =>
        Addenda(checkIn) is { Count: > 0 } addenda && addenda[^1]["answers"] is JsonObject last ? last : Answers(checkIn);

    public static void AddAddendum(CheckIn checkIn, JsonObject answers, bool flagged, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var array = checkIn.AddendaJson is { } json && JsonNode.Parse(json) is JsonArray existing ? existing : [];
        array.Add(new JsonObject { ["at"] = at.ToString("O"), ["answers"] = answers.DeepClone(), ["flagged"] = flagged });
        checkIn.AddendaJson = array.ToJsonString();
    }
}
