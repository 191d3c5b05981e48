using System.Text;

namespace TraineeBot.Cards.Templating;

internal static partial class Functions
{
    /// <summary>AEL's type for <c>concat</c> and <c>&amp;</c>; the template treats a whole value of this type as text.</summary>
    public const string ConcatType = "concat";

    private static void AddText(Action<FunctionDefinition, string[]> add)
    {
        add(new FunctionDefinition(ConcatType, ReturnType.String | ReturnType.Array, Arity(1, int.MaxValue), ApplySequence(Concat)), ["&"]);
        add(new FunctionDefinition("length", ReturnType.Number, Arity(1, 1, ReturnType.String),
            Apply(args => Result.Of(JsValue.From(StringOrEmpty(args[0]).Length)), VerifyStringOrNull)), []);
        add(StringTransform("toLower", Arity(1, 2, ReturnType.String), s => s.ToLowerInvariant()), []);
        // JavaScript upper-cases with full case mapping: ß becomes SS.
        add(StringTransform("toUpper", Arity(1, 2, ReturnType.String), s => s.ToUpperInvariant().Replace("ß", "SS", StringComparison.Ordinal)), []);
        add(StringTransform("trim", Arity(1, 1, ReturnType.String), JsNumber.Trim), []);
        add(new FunctionDefinition("substring", ReturnType.String, Order([ReturnType.Number], ReturnType.String, ReturnType.Number), Substring), []);
        add(new FunctionDefinition("split", ReturnType.Array, Arity(1, 2, ReturnType.String), Apply(Split, VerifyStringOrNull)), []);
        add(new FunctionDefinition("join", ReturnType.String, Order([ReturnType.String], ReturnType.Array, ReturnType.String), Join), []);
    }

    private static FunctionDefinition StringTransform(string type, Action<CallExpr> validate, Func<string, string> transform) =>
        new(type, ReturnType.String, validate, Apply(args => Result.Of(JsValue.From(transform(StringOrEmpty(args[0])))), VerifyStringOrNull));

    /// <summary>AEL's parseStringOrUndefined: the string, or empty for anything else.</summary>
    private static string StringOrEmpty(JsValue value) => value.IsString ? value.String : string.Empty;

    private static Result Concat(JsValue a, JsValue b)
    {
        if (a.IsNullish && b.IsNullish)
        {
            return Result.Of(JsValue.Undefined);
        }

        if (a.IsNullish && b.IsArray)
        {
            return Result.Of(b);
        }

        if (b.IsNullish && a.IsArray)
        {
            return Result.Of(a);
        }

        if (a.IsArray && b.IsArray)
        {
            return Result.Of(JsValue.From([.. a.Items(), .. b.Items()]));
        }

        return Result.Of(JsValue.From(Values.CommonStringify(a) + Values.CommonStringify(b)));
    }

    private static Result Substring(CallExpr call, Scope scope, bool substitute)
    {
        var text = call.Arguments[0].Evaluate(scope, substitute);
        if (text.Failed)
        {
            return text;
        }

        if (text.Value.Kind == JsKind.Undefined)
        {
            return Result.Of(JsValue.EmptyString);
        }

        if (!text.Value.IsString)
        {
            return Result.Fail($"{call.Arguments[0]} is neither a string nor a null object.");
        }

        var str = text.Value.String;
        var start = call.Arguments[1].Evaluate(scope, substitute);
        if (start.Failed)
        {
            return start;
        }

        if (start.Value.Kind != JsKind.Number || !JsNumber.IsInteger(start.Value.Number))
        {
            return Result.Fail($"{call.Arguments[1]} is not an integer.");
        }

        var from = start.Value.Number;
        if (from < 0 || from > str.Length)
        {
            return Result.Fail($"{call.Arguments[1]}={JsNumber.ToString(from)} which is out of range for {str}");
        }

        var length = str.Length - from;
        if (call.Arguments.Length == 3)
        {
            var count = call.Arguments[2].Evaluate(scope, substitute);
            if (count.Failed)
            {
                return count;
            }

            if (count.Value.Kind != JsKind.Number || !JsNumber.IsInteger(count.Value.Number))
            {
                return Result.Fail($"{call.Arguments[2]} is not an integer");
            }

            length = count.Value.Number;
            if (length < 0 || from + length > str.Length)
            {
                return Result.Fail($"{call.Arguments[2]}={JsNumber.ToString(length)} which is out of range for {str}");
            }
        }

        return Result.Of(JsValue.From(str.Substring((int)from, (int)length)));
    }

    private static Result Split(JsValue[] args)
    {
        var text = StringOrEmpty(args[0]);
        var separator = args.Length > 1 && args[1].IsTruthy ? StringOrEmpty(args[1]) : string.Empty;
        string[] parts = separator.Length == 0
            ? [.. text.Select(c => c.ToString())]
            : text.Split(separator, StringSplitOptions.None);
        return Result.Of(JsValue.From([.. parts.Select(JsValue.From)]));
    }

    private static Result Join(CallExpr call, Scope scope, bool substitute)
    {
        if (EvaluateArguments(call, scope, substitute, verify: null, out var args) is { } error)
        {
            return Result.Fail(error);
        }

        var list = args[0];
        if (!list.IsArray)
        {
            return Result.Fail($"{call.Arguments[0]} evaluates to {list.ToJsString()} which is not a list.");
        }

        if (args.Length == 2 || list.Count < 3)
        {
            return Result.Of(JsValue.From(JsJoin(list, 0, list.Count, args.Length == 2 ? args[1] : args[2])));
        }

        var last = list.ItemAt(list.Count - 1);
        return Result.Of(JsValue.From(JsJoin(list, 0, list.Count - 1, args[1]) + args[2].ToJsString() + last.ToJsString()));
    }

    /// <summary><c>Array.prototype.join</c>: null and undefined items are empty, an undefined separator is a comma.</summary>
    private static string JsJoin(JsValue list, int from, int to, JsValue separator)
    {
        var sep = separator.Kind == JsKind.Undefined ? "," : separator.ToJsString();
        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from)
            {
                builder.Append(sep);
            }

            var item = list.ItemAt(i);
            if (!item.IsNullish)
            {
                builder.Append(item.ToJsString());
            }
        }

        return builder.ToString();
    }
}
