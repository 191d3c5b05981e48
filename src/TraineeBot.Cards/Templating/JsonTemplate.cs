using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// Any JSON prepared as an adaptivecards-templating template: every <c>${…}</c> parsed once, here, into an expression
/// tree. <see cref="Expand"/> then binds it to data as <c>new Template(json).expand({ $root: data })</c> would.
/// </summary>
internal sealed class JsonTemplate
{
    private readonly TemplateNode root;

    private JsonTemplate(TemplateNode root) => this.root = root;

    /// <exception cref="TemplateCompileException">An expression that does not parse or calls what does not exist.</exception>
    public static JsonTemplate Compile(JsonNode? json) => new(Compile(json, "$"));

    /// <summary>The expanded JSON; null when the root itself is left out (a root <c>$when</c> that is not true).</summary>
    /// <exception cref="TemplateRenderException">An expression failed where the oracle fails too.</exception>
    public JsonNode? Expand(JsonNode? data)
    {
        var scope = new Scope(data is null ? JsValue.Undefined : JsValue.From(data));
        return root.Expand(scope).Node;
    }

    private static TemplateNode Compile(JsonNode? json, string location)
    {
        switch (json)
        {
            case JsonObject obj:
                return CompileObject(obj, location);
            case JsonArray array:
                return new ArrayNode([.. array.Select((item, i) => Compile(item, $"{location}[{i}]"))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return CompileString(value.GetValue<string>(), location);
            default:
                return new LiteralNode(json is null ? JsValue.Null : JsValue.From(json));
        }
    }

    private static TemplateNode CompileString(string text, string location)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return new LiteralNode(JsValue.From(text));
        }

        var expr = ParseString(text, location);
        return expr is ConstantExpr constant
            ? new LiteralNode(constant.Value)
            : new ExpressionNode(expr, location, text);
    }

    /// <summary>
    /// adaptivecards-templating's parseInterpolatedString: a string that is one expression keeps that expression (and
    /// so its type); anything else is a concat, which gives text. A concat of constants is worked out now.
    /// </summary>
    private static Expr ParseString(string text, string location)
    {
        List<Expr> parts;
        try
        {
            parts = Interpolation.Parse(text);
        }
        catch (ExpressionException ex)
        {
            throw new TemplateCompileException(location, ex.Message, ex);
        }

        if (parts.Count == 2 && parts[1] is not ConstantExpr)
        {
            return parts[1];
        }

        if (parts.TrueForAll(p => p is ConstantExpr))
        {
            var value = parts.Aggregate(string.Empty, (soFar, p) =>
                soFar + (((ConstantExpr)p).Value is { IsNullish: false } v ? v.ToJsString() : string.Empty));
            return new ConstantExpr(JsValue.From(value));
        }

        Functions.TryGet(Functions.ConcatType, out var concat);
        return new CallExpr(concat, [.. parts]);
    }

    private static ObjectNode CompileObject(JsonObject obj, string location)
    {
        var properties = new List<KeyValuePair<string, TemplateNode>>();
        var data = ObjectNode.DataSource.None;
        var when = ObjectNode.Condition.None;
        foreach (var (key, value) in obj)
        {
            var at = Location(location, key);
            if (key == "$data")
            {
                data = CompileData(value, at);
            }
            else if (key == "$when")
            {
                when = CompileWhen(value, at);
            }
            else if (!ObjectNode.IsReserved(key))
            {
                properties.Add(KeyValuePair.Create(key, Compile(value, at)));
            }
        }

        return new ObjectNode([.. properties], data, when);
    }

    private static ObjectNode.DataSource CompileData(JsonNode? value, string location)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is var text
            && text.Contains("${", StringComparison.Ordinal))
        {
            var expr = ParseString(text, location);
            return expr is ConstantExpr constant
                ? new ObjectNode.DataSource(constant.Value, null, location)
                : new ObjectNode.DataSource(JsValue.Undefined, expr, location);
        }

        if (value is JsonObject or JsonArray && value.ToJsonString().Contains("${", StringComparison.Ordinal))
        {
            // Deviation D3: the oracle puts its own parsed-expression objects into such data.
            throw new TemplateCompileException(location,
                "inline $data must be plain JSON; to bind data here, write \"$data\": \"${path}\" instead of ${…} inside it");
        }

        return new ObjectNode.DataSource(value is null ? JsValue.Null : JsValue.From(Materialize(value.DeepClone())), null, location);
    }

    private static ObjectNode.Condition CompileWhen(JsonNode? value, string location)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is var text
            && text.Contains("${", StringComparison.Ordinal))
        {
            return new ObjectNode.Condition(ParseString(text, location), dropAlways: false);
        }

        return new ObjectNode.Condition(null, dropAlways: value is not null && JsValue.From(value).IsTruthy);
    }

    /// <summary>
    /// Walks a parsed node once so that every object and array is built now: a node parsed from text is built lazily on
    /// first read, which is not safe when many renders read the template's inline data at once.
    /// </summary>
    private static JsonNode Materialize(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Materialize(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Materialize(child);
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>A JSONPath-style location: <c>$.body[2].text</c>, or <c>$['odd key']</c>.</summary>
    private static string Location(string parent, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '-') && !char.IsAsciiDigit(key[0])
            ? $"{parent}.{key}"
            : $"{parent}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
