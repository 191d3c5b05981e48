using System.Text.Json.Nodes;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// A JSON object, with adaptivecards-templating's <c>$data</c> (a new data scope; an array repeats the object once per
/// item, with <c>$index</c>) and <c>$when</c> (the object is left out unless it evaluates to <c>true</c>).
/// </summary>
internal sealed class ObjectNode(KeyValuePair<string, TemplateNode>[] properties, ObjectNode.DataSource data, ObjectNode.Condition when)
    : TemplateNode
{
    private static readonly string[] Reserved = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"];

    public static bool IsReserved(string key) => Array.IndexOf(Reserved, key) >= 0;

    public override Expanded Expand(Scope scope)
    {
        var (savedData, savedIndex) = (scope.Data, scope.Index);
        try
        {
            var contexts = data.Resolve(scope, out var repeat);
            var results = new List<JsonObject>(contexts.Length);
            for (var i = 0; i < contexts.Length; i++)
            {
                if (repeat)
                {
                    scope.Index = JsValue.From(i);
                }

                if (contexts[i].Kind != JsKind.Undefined)
                {
                    scope.Data = contexts[i];
                }

                if (when.Keeps(scope))
                {
                    results.Add(ExpandProperties(scope));
                }
            }

            return results.Count switch
            {
                0 => Expanded.Null,
                1 => Expanded.Of(results[0]),
                _ => Expanded.Of(new JsonArray([.. results])),
            };
        }
        finally
        {
            (scope.Data, scope.Index) = (savedData, savedIndex);
        }
    }

    private JsonObject ExpandProperties(Scope scope)
    {
        var result = new JsonObject();
        foreach (var (key, value) in properties)
        {
            var expanded = value.Expand(scope);
            if (!expanded.IsUndefined)
            {
                result[key] = expanded.Node;
            }
        }

        return result;
    }

    /// <summary>Where an object's <c>$data</c> comes from: nowhere, a JSON value written in the template, or an expression.</summary>
    internal sealed class DataSource(JsValue literal, Expr? expression, string location)
    {
        public static readonly DataSource None = new(JsValue.Undefined, null, string.Empty);

        private static readonly JsValue[] Once = [JsValue.Undefined];

        public JsValue[] Resolve(Scope scope, out bool repeat)
        {
            repeat = false;
            if (expression is null && literal.Kind == JsKind.Undefined)
            {
                return Once;
            }

            var value = literal;
            if (expression is not null)
            {
                var result = ExpressionNode.Evaluate(expression, scope, substitute: true);
                if (result.Failed)
                {
                    throw new TemplateRenderException($"{location}: $data failed: {result.Error}");
                }

                value = result.Value;
            }

            if (value.IsArray)
            {
                repeat = true;
                return [.. value.Items()];
            }

            return [value];
        }
    }

    /// <summary>
    /// An object's <c>$when</c>. An expression keeps the object only when it is exactly <c>true</c> (no null
    /// substitution, a failure is false). Any other truthy JSON value — <c>true</c> itself, plain text — drops it,
    /// and a falsy one does nothing, as in the oracle.
    /// </summary>
    internal sealed class Condition(Expr? expression, bool dropAlways)
    {
        public static readonly Condition None = new(null, dropAlways: false);

        public bool Keeps(Scope scope)
        {
            if (expression is null)
            {
                return !dropAlways;
            }

            var result = ExpressionNode.Evaluate(expression, scope, substitute: false);
            return !result.Failed && result.Value is { Kind: JsKind.Boolean, Boolean: true };
        }
    }
}
