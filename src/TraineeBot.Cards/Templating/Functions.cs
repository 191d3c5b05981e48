using System.Collections.Frozen;

namespace TraineeBot.Cards.Templating;

internal delegate string? Verify(JsValue value, Expr child, int position);

/// <summary>
/// The AEL functions this engine implements, by the names AEL knows them by (operators by symbol, plus AEL's aliases
/// such as <c>add</c> for <c>+</c>). Each follows adaptive-expressions 4.23's evaluator, quirks included, so that a card
/// renders here as adaptivecards-templating 2.3.1 renders it.
/// </summary>
internal static partial class Functions
{
    private static readonly FrozenDictionary<string, FunctionDefinition> Table = Build();

    public static bool TryGet(string name, out FunctionDefinition definition) => Table.TryGetValue(name, out definition!);

    /// <summary>Every name a template may call, for documentation and error messages.</summary>
    public static IEnumerable<string> Names => Table.Keys.Where(k => char.IsAsciiLetter(k[0])).Order(StringComparer.Ordinal);

    private static FrozenDictionary<string, FunctionDefinition> Build()
    {
        var table = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        void Add(FunctionDefinition definition, params string[] aliases)
        {
            table.Add(definition.Type, definition);
            foreach (var alias in aliases)
            {
                table.Add(alias, definition);
            }
        }

        AddOperators(Add);
        AddText(Add);
        AddCollections(Add);
        AddConversions(Add);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // ---- validation at load (AEL's FunctionUtils.validate*) ----

    private static Action<CallExpr> Arity(int min, int max, ReturnType type = ReturnType.Object) => call =>
    {
        if (call.Arguments.Length < min)
        {
            throw new ExpressionException($"{call} should have at least {min} children.");
        }

        if (call.Arguments.Length > max)
        {
            throw new ExpressionException($"{call} can't have more than {max} children.");
        }

        if ((type & ReturnType.Object) == 0)
        {
            foreach (var child in call.Arguments)
            {
                CheckType(call, child, type);
            }
        }
    };

    private static Action<CallExpr> Order(ReturnType[] optional, params ReturnType[] types) => call =>
    {
        var count = call.Arguments.Length;
        if (count < types.Length || count > types.Length + optional.Length)
        {
            throw new ExpressionException(optional.Length == 0
                ? $"{call} should have {types.Length} children."
                : $"{call} should have between {types.Length} and {types.Length + optional.Length} children.");
        }

        for (var i = 0; i < count; i++)
        {
            CheckType(call, call.Arguments[i], i < types.Length ? types[i] : optional[i - types.Length]);
        }
    };

    private static void CheckType(CallExpr call, Expr child, ReturnType expected)
    {
        if ((expected & ReturnType.Object) == 0 && (child.ReturnType & ReturnType.Object) == 0 && (expected & child.ReturnType) == 0)
        {
            throw new ExpressionException($"{child} in {call} is not a {Describe(expected)}.");
        }
    }

    private static string Describe(ReturnType type) =>
        string.Join(" or ", Enum.GetValues<ReturnType>().Where(t => type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant()));

    private static void NoValidation(CallExpr call)
    {
    }

    // ---- evaluation helpers (AEL's FunctionUtils.apply*) ----

    /// <summary>Evaluates the arguments in order, stopping at the first that fails or that <paramref name="verify"/> refuses.</summary>
    private static string? EvaluateArguments(CallExpr call, Scope scope, bool substitute, Verify? verify, out JsValue[] args)
    {
        args = new JsValue[call.Arguments.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var result = call.Arguments[i].Evaluate(scope, substitute);
            if (result.Failed)
            {
                return result.Error;
            }

            var error = verify?.Invoke(result.Value, call.Arguments[i], i);
            if (error is not null)
            {
                return error;
            }

            args[i] = result.Value;
        }

        return null;
    }

    private static Evaluator Apply(Func<JsValue[], Result> func, Verify? verify = null) => (call, scope, substitute) =>
        EvaluateArguments(call, scope, substitute, verify, out var args) is { } error ? Result.Fail(error) : func(args);

    /// <summary>A binary function folded over the arguments, left to right.</summary>
    private static Evaluator ApplySequence(Func<JsValue, JsValue, Result> func, Verify? verify = null) => Apply(args =>
    {
        var soFar = args[0];
        for (var i = 1; i < args.Length; i++)
        {
            var next = func(soFar, args[i]);
            if (next.Failed)
            {
                return next;
            }

            soFar = next.Value;
        }

        return Result.Of(soFar);
    }, verify);

    /// <summary>
    /// AEL's ComparisonEvaluator: arguments without null substitution; an argument that fails or is refused makes
    /// the comparison false rather than an error.
    /// </summary>
    private static Evaluator Comparison(Func<JsValue[], Result> func, Verify? verify = null) => (call, scope, _) =>
        EvaluateArguments(call, scope, substitute: false, verify, out var args) is null ? func(args) : Result.Of(JsValue.False);

    // ---- argument checks (AEL's FunctionUtils.verify*) ----

    private static string? VerifyNumber(JsValue value, Expr child, int position) =>
        value.IsNumber ? null : $"{child} is not a number.";

    private static string? VerifyInteger(JsValue value, Expr child, int position) =>
        value.Kind == JsKind.Number && JsNumber.IsInteger(value.Number) ? null : $"{child} is not a integer.";

    private static string? VerifyNotNull(JsValue value, Expr child, int position) =>
        value.IsNullish ? $"{child} is null." : null;

    private static string? VerifyStringOrNull(JsValue value, Expr child, int position) =>
        value.IsString || value.Kind == JsKind.Undefined ? null : $"{child} is neither a string nor a null object.";

    private static string? VerifyNumberOrStringOrNull(JsValue value, Expr child, int position) =>
        value.IsString || value.Kind == JsKind.Undefined || value.IsNumber ? null : $"{child} is neither a number nor string";

    private static string? VerifyContainer(JsValue value, Expr child, int position) =>
        value.Kind is JsKind.String or JsKind.Array or JsKind.Object or JsKind.Null ? null : $"{child} must be a string, list, map or object.";

    private static string? VerifyContainerOrNull(JsValue value, Expr child, int position) =>
        value.Kind is JsKind.Boolean or JsKind.Number ? $"{child} must be a string, list, map or object." : null;

    private static string? VerifyNumberOrNumericList(JsValue value, Expr child, int position)
    {
        if (value.IsNumber)
        {
            return null;
        }

        if (!value.IsArray)
        {
            return $"{child} is neither a list nor a number.";
        }

        foreach (var item in value.Items())
        {
            if (!item.IsNumber)
            {
                return $"{item.ToJsString()} is not a number in {child}.";
            }
        }

        return null;
    }
}
