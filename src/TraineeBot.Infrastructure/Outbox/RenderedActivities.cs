using System.Text;
using System.Text.Json;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>A message's rendered activities as stored in <c>RenderedJson</c>: a JSON array of activities.</summary>
internal static class RenderedActivities
{
    public static string Write(IReadOnlyList<Activity> activities)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < activities.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(JsonSerializer.Serialize(activities[i], BotJsonContext.Default.Activity));
        }

        return json.Append(']').ToString();
    }

    public static IReadOnlyList<Activity> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Deserialize(BotJsonContext.Default.Activity)!)];
    }
}
