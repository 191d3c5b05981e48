using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.Cards.Templating;

namespace TraineeBot.Cards;

/// <summary>
/// A parsed Adaptive Card template. <c>${…}</c> is Adaptive Card templating as Microsoft's adaptivecards-templating 2.3.1
/// does it (see docs/templating.md): expressions, <c>$data</c>, <c>$when</c>, <c>$index</c>, <c>$root</c>. Every expression
/// is parsed when the template is loaded, so a typo or an unknown function fails at start-up, naming the card and the
/// place; rendering only evaluates.
/// </summary>
public sealed class CardTemplate
{
    private readonly JsonTemplate template;

    private CardTemplate(string name, JsonTemplate template)
    {
        Name = name;
        this.template = template;
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

        if (node is not JsonObject card || card["type"] is not JsonValue type
            || type.GetValueKind() != JsonValueKind.String || type.GetValue<string>() != "AdaptiveCard")
        {
            throw new CardTemplateException($"Card '{name}': the root must be an object with \"type\": \"AdaptiveCard\".");
        }

        try
        {
            return new CardTemplate(name, JsonTemplate.Compile(card));
        }
        catch (TemplateCompileException ex)
        {
            throw new CardTemplateException($"Card '{name}' at {ex.Message}", ex);
        }
    }

    /// <exception cref="CardTemplateException">An expression failed (as it fails in adaptivecards-templating too), or the card's root was left out.</exception>
    public JsonObject Render(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        JsonNode? result;
        try
        {
            result = template.Expand(data);
        }
        catch (TemplateRenderException ex)
        {
            throw new CardTemplateException($"Card '{Name}' at {ex.Message}", ex);
        }

        return result as JsonObject
            ?? throw new CardTemplateException($"Card '{Name}': the card rendered to {(result is null ? "nothing" : "an array")}, not one card (check the root's $when and $data).");
    }
}
