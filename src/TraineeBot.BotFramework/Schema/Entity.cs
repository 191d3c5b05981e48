using System.Text.Json;
using System.Text.Json.Serialization;

namespace TraineeBot.BotFramework.Schema;

/// <summary>
/// An entity attached to an activity (<c>mention</c>, <c>clientInfo</c>, …). Its shape depends on <see cref="Type"/>,
/// so everything but the type stays as raw JSON; typed views are read on demand.
/// </summary>
public sealed class Entity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }

    internal string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal JsonElement? Get(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var v) ? v : null;
}

/// <summary>A <c>mention</c> entity: <c>{type:"mention", mentioned:{id,name}, text:"&lt;at&gt;Name&lt;/at&gt;"}</c>.</summary>
public sealed record Mention(string? MentionedId, string? MentionedName, string? Text);
