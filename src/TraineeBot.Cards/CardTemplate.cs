using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TraineeBot.Cards;

/// <summary>
/// A parsed card template. This first binder supports what the foundation's cards use — <c>${path.to.value}</c>
/// as a whole string value (the value keeps its JSON type) or inside a string (interpolated as text) — with
/// adaptivecards-templating's rule that an expression whose path is missing stays in the output as written.
/// Expressions are checked when the template is loaded, so a typo fails at start-up, not at send time.
/// </summary>
public sealed partial class CardTemplate
{
    private readonly JsonObject root;

    private CardTemplate(string name, JsonObject root)
    {
        Name = name;
        this.root = root;
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new CardTemplateException($"Card '{name}': not valid JSON at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }

        if (node is not JsonObject card || card["type"]?.GetValue<string>() != "AdaptiveCard")
        {
            throw new CardTemplateException($"Card '{name}': the root must be an object with \"type\": \"AdaptiveCard\".");
        }

        Validate(name, card, "$");
        return new CardTemplate(name, card);
    }

    public JsonObject Render(JsonObject data) => (JsonObject)Bind(root, data)!;

    private static void Validate(string name, JsonNode? node, string location)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Validate(name, value, $"{location}.{key}");
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Validate(name, array[i], $"{location}[{i}]");
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var open = text.Split("${").Length - 1;
                var matches = Expression().Matches(text);
                if (open != matches.Count)
                {
                    throw new CardTemplateException(
                        $"Card '{name}' at {location}: \"{text}\" has an expression that is not a simple path ${{a.b}} or is not closed.");
                }

                break;
        }
    }

    private static JsonNode? Bind(JsonNode? node, JsonObject data) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Bind(p.Value, data)))),
        JsonArray array => new JsonArray(array.Select(item => Bind(item, data)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("${", StringComparison.Ordinal) => BindString(text, data),
        _ => node?.DeepClone(),
    };

    private static JsonNode? BindString(string text, JsonObject data)
    {
        var whole = Expression().Match(text);
        if (whole.Success && whole.Length == text.Length)
        {
            return Resolve(data, whole.Groups["path"].Value, out var found) is var value && found
                ? value?.DeepClone()
                : JsonValue.Create(text);
        }

        return JsonValue.Create(Expression().Replace(text, m =>
        {
            var value = Resolve(data, m.Groups["path"].Value, out var found);
            return !found ? m.Value : value switch
            {
                null => string.Empty,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => value.ToJsonString(),
            };
        }));
    }

    private static JsonNode? Resolve(JsonObject data, string path, out bool found)
    {
        JsonNode? current = data;
        foreach (var segment in path.Split('.'))
        {
            if (current is JsonObject obj && obj.TryGetPropertyValue(segment, out var next))
            {
                current = next;
            }
            else
            {
                found = false;
                return null;
            }
        }

        found = true;
        return current;
    }

    [GeneratedRegex(@"\$\{(?<path>[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
