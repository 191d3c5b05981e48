using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.UnitTests.Cards.Parity;

/// <summary>Where two JSON values first differ, for failure messages a person can act on.</summary>
internal static class JsonDiff
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString(Indented);

    /// <summary>The JSONPath of the first difference and both sides there, or null when they are equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.TryGetPropertyValue(key, out var other))
                    {
                        return $"{path}.{key}: expected {Show(value)}, but it is missing";
                    }

                    if (FirstDifference(value, other, $"{path}.{key}") is { } inner)
                    {
                        return inner;
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(k => !e.ContainsKey(k));
                return extra is null ? null : $"{path}.{extra}: not expected, but it is {Show(a[extra])}";
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: expected {e.Count} items, but there are {a.Count}";
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {Show(expected)}, but it is {Show(actual)}";
        }
    }
}
