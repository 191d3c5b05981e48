using System.Text;
using System.Text.Json.Nodes;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// What expanding a template part gives, in JavaScript's terms: undefined (a property is left out), null (an array
/// item is left out, a property is null), or a JSON value. An array result is spliced into an enclosing array.
/// </summary>
internal readonly record struct Expanded(JsonNode? Node, bool IsUndefined)
{
    public static readonly Expanded Undefined = new(null, true);
    public static readonly Expanded Null = new(null, false);

    public static Expanded Of(JsonNode? node) => new(node, false);

    public static Expanded Of(JsValue value) => value.Kind == JsKind.Undefined ? Undefined : Of(value.ToNode());
}

/// <summary>A part of a prepared template: parsed once at load, expanded against data on every render.</summary>
internal abstract class TemplateNode
{
    public abstract Expanded Expand(Scope scope);
}

/// <summary>A JSON string, number, boolean or null with no expression in it (made anew per render: cheap, never shared).</summary>
internal sealed class LiteralNode(JsValue value) : TemplateNode
{
    public override Expanded Expand(Scope scope) => Expanded.Of(value);
}

/// <summary>A string that is, or contains, <c>${…}</c>.</summary>
internal sealed class ExpressionNode(Expr expression, string location, string source) : TemplateNode
{
    public Expr Expression { get; } = expression;

    public override Expanded Expand(Scope scope)
    {
        var result = Evaluate(Expression, scope, substitute: true);
        return result.Failed
            ? throw new TemplateRenderException($"{location}: \"{source}\" failed: {result.Error}")
            : Expanded.Of(result.Value);
    }

    /// <summary>
    /// adaptivecards-templating's internalTryEvaluateExpression. With substitution on, a concat at the top (an
    /// interpolated string, <c>concat(…)</c> or <c>&amp;</c>) is evaluated part by part: a part that fails is written
    /// back as <c>${part}</c>, the others as JavaScript's toString writes them. Null and undefined parts are empty
    /// text (deviation D1: the oracle throws a TypeError there).
    /// </summary>
    public static Result Evaluate(Expr expression, Scope scope, bool substitute)
    {
        if (!substitute || expression is not CallExpr { Function.Type: Functions.ConcatType } concat)
        {
            return expression.Evaluate(scope, substitute);
        }

        var builder = new StringBuilder();
        foreach (var part in concat.Arguments)
        {
            var result = part.Evaluate(scope, substitute: true);
            if (result.Failed)
            {
                builder.Append("${");
                part.Write(builder);
                builder.Append('}');
            }
            else if (!result.Value.IsNullish)
            {
                builder.Append(result.Value.ToJsString());
            }
        }

        return Result.Of(JsValue.From(builder.ToString()));
    }
}

/// <summary>A JSON array; items that expand to arrays are spliced in, items that expand to null are left out.</summary>
internal sealed class ArrayNode(TemplateNode[] items) : TemplateNode
{
    public override Expanded Expand(Scope scope)
    {
        var result = new JsonArray();
        foreach (var item in items)
        {
            var expanded = item.Expand(scope);
            if (expanded is { Node: null, IsUndefined: false })
            {
                continue;
            }

            if (expanded.Node is JsonArray spliced)
            {
                var children = spliced.ToArray();
                spliced.Clear();
                foreach (var child in children)
                {
                    result.Add(child);
                }
            }
            else
            {
                result.Add(expanded.Node);
            }
        }

        return Expanded.Of(result);
    }
}
