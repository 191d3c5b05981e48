namespace TraineeBot.Cards.Templating;

internal static partial class Functions
{
    /// <summary>AEL's type for <c>[a, b]</c>.</summary>
    public const string CreateArrayType = "createArray";

    private static void AddCollections(Action<FunctionDefinition, string[]> add)
    {
        add(new FunctionDefinition("count", ReturnType.Number, Order([], ReturnType.String | ReturnType.Array), Apply(Count, VerifyContainer)), []);
        add(new FunctionDefinition("first", ReturnType.Object, Arity(1, 1), Apply(args => Result.Of(Item(args[0], first: true)))), []);
        add(new FunctionDefinition("last", ReturnType.Object, Arity(1, 1), Apply(args => Result.Of(Item(args[0], first: false)))), []);
        add(new FunctionDefinition("max", ReturnType.Number, Arity(1, int.MaxValue),
            Apply(args => Result.Of(JsValue.From(Fold(args, double.NegativeInfinity, Math.Max))), VerifyNumberOrNumericList)), []);
        add(new FunctionDefinition("min", ReturnType.Number, Arity(1, int.MaxValue),
            Apply(args => Result.Of(JsValue.From(Fold(args, double.PositiveInfinity, Math.Min))), VerifyNumberOrNumericList)), []);
        add(new FunctionDefinition("contains", ReturnType.Boolean, Arity(2, 2), Contains), []);
        add(new FunctionDefinition(CreateArrayType, ReturnType.Array, NoValidation, Apply(args => Result.Of(JsValue.From(args)))), []);
    }

    private static Result Count(JsValue[] args) => args[0].Kind switch
    {
        JsKind.String => Result.Of(JsValue.From(args[0].String.Length)),
        JsKind.Array => Result.Of(JsValue.From(args[0].Count)),
        JsKind.Object => Result.Of(JsValue.From(args[0].Object.Count)),
        _ => Result.Fail("Cannot convert undefined or null to object"),
    };

    private static JsValue Item(JsValue value, bool first)
    {
        if (value.IsString && value.String.Length > 0)
        {
            return JsValue.From((first ? value.String[0] : value.String[^1]).ToString());
        }

        if (value.IsArray && value.Count > 0)
        {
            return value.ItemAt(first ? 0 : value.Count - 1);
        }

        return JsValue.Undefined;
    }

    private static double Fold(JsValue[] args, double seed, Func<double, double, double> pick)
    {
        var result = seed;
        foreach (var arg in args)
        {
            if (arg.IsArray)
            {
                foreach (var item in arg.Items())
                {
                    result = pick(result, item.Number);
                }
            }
            else
            {
                result = pick(result, arg.Number);
            }
        }

        return result;
    }

    /// <summary>AEL's contains: substring, list member, or property name; never an error (a failed argument is false).</summary>
    private static Result Contains(CallExpr call, Scope scope, bool substitute)
    {
        if (EvaluateArguments(call, scope, substitute, verify: null, out var args) is not null)
        {
            return Result.Of(JsValue.False);
        }

        var (container, item) = (args[0], args[1]);
        if (container.IsString && item.IsString)
        {
            return Result.Of(JsValue.From(container.String.Contains(item.String, StringComparison.Ordinal)));
        }

        if (container.IsArray)
        {
            return Result.Of(JsValue.From(container.Items().Any(x => Values.CommonEquals(x, item))));
        }

        return Result.Of(JsValue.From(item.IsString && container.Property(item.String).Kind != JsKind.Undefined));
    }
}
