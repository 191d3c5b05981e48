namespace TraineeBot.Cards.Templating;

internal static partial class Functions
{
    private static void AddOperators(Action<FunctionDefinition, string[]> add)
    {
        add(new FunctionDefinition("+", ReturnType.String | ReturnType.Number,
            Arity(2, int.MaxValue, ReturnType.String | ReturnType.Number), ApplySequence(Plus, VerifyNumberOrStringOrNull)), ["add"]);
        add(Numeric("-", (a, b) => a - b), ["sub"]);
        add(Numeric("*", (a, b) => a * b), ["mul"]);
        add(new FunctionDefinition("/", ReturnType.Number, Arity(2, int.MaxValue, ReturnType.Number),
            ApplySequence((a, b) => Result.Of(JsValue.From(Divide(a.Number, b.Number))), VerifyDivisor)), ["div"]);
        add(Numeric("^", Math.Pow), ["exp"]);
        add(new FunctionDefinition("%", ReturnType.Number, Arity(2, 2, ReturnType.Number), Apply(Modulo, VerifyInteger)), ["mod"]);

        add(new FunctionDefinition("==", ReturnType.Boolean, Arity(2, 2),
            Comparison(args => Result.Of(JsValue.From(Values.CommonEquals(args[0], args[1]))))), ["equals"]);
        add(new FunctionDefinition("!=", ReturnType.Boolean, Arity(2, 2),
            Comparison(args => Result.Of(JsValue.From(!Values.CommonEquals(args[0], args[1]))))), []);
        add(Ordering("<", c => c < 0), ["less"]);
        add(Ordering("<=", c => c <= 0), ["lessOrEquals"]);
        add(Ordering(">", c => c > 0), ["greater"]);
        add(Ordering(">=", c => c >= 0), ["greaterOrEquals"]);

        add(new FunctionDefinition("&&", ReturnType.Boolean, Arity(1, int.MaxValue), And), ["and"]);
        add(new FunctionDefinition("||", ReturnType.Boolean, Arity(1, int.MaxValue), Or), ["or"]);
        add(new FunctionDefinition("!", ReturnType.Boolean, Arity(1, 1), Not), ["not"]);
        add(new FunctionDefinition("if", ReturnType.Object, Arity(3, 3), If), []);
        add(new FunctionDefinition("coalesce", ReturnType.Object, Arity(1, int.MaxValue),
            Apply(args => Result.Of(Array.Find(args, a => !a.IsNullish)))), ["??"]);
        add(new FunctionDefinition("exists", ReturnType.Boolean, Arity(1, 1),
            Comparison(args => Result.Of(JsValue.From(!args[0].IsNullish)), VerifyNotNull)), []);
        add(new FunctionDefinition("empty", ReturnType.Boolean, Arity(1, 1),
            Comparison(args => Result.Of(JsValue.From(IsEmpty(args[0]))), VerifyContainerOrNull)), []);
    }

    private static FunctionDefinition Numeric(string type, Func<double, double, double> func) =>
        new(type, ReturnType.Number, Arity(2, int.MaxValue, ReturnType.Number),
            ApplySequence((a, b) => Result.Of(JsValue.From(func(a.Number, b.Number))), VerifyNumber));

    private static FunctionDefinition Ordering(string type, Func<int, bool> test) =>
        new(type, ReturnType.Boolean, Arity(2, 2), Comparison(args =>
        {
            var (a, b) = (args[0], args[1]);
            if (a.IsNumber && b.IsNumber)
            {
                return Result.Of(JsValue.From(test(a.Number.CompareTo(b.Number))));
            }

            if (a.IsString && b.IsString)
            {
                return Result.Of(JsValue.From(test(string.CompareOrdinal(a.String, b.String))));
            }

            return Result.Fail($"{a.ToJsString()} and {b.ToJsString()} must be comparable.");
        }, VerifyNotNull));

    private static Result Plus(JsValue a, JsValue b)
    {
        if ((a.IsNullish && b.IsNumber) || (b.IsNullish && a.IsNumber))
        {
            return Result.Fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Result.Of(JsValue.From(a.Number + b.Number));
        }

        return Result.Of(JsValue.From((a.IsNullish ? string.Empty : a.ToJsString()) + (b.IsNullish ? string.Empty : b.ToJsString())));
    }

    private static double Divide(double a, double b)
    {
        var result = a / b;
        return JsNumber.IsInteger(a) && JsNumber.IsInteger(b) ? Math.Floor(result) : result;
    }

    private static string? VerifyDivisor(JsValue value, Expr child, int position) =>
        VerifyNumber(value, child, position) ?? (position > 0 && value.Number == 0 ? $"Cannot divide by 0 from {child}" : null);

    private static Result Modulo(JsValue[] args) => args[1].Number == 0
        ? Result.Fail("Cannot mod by 0.")
        : Result.Of(JsValue.From(args[0].Number % args[1].Number));

    private static Result And(CallExpr call, Scope scope, bool substitute)
    {
        foreach (var child in call.Arguments)
        {
            var result = child.Evaluate(scope, substitute: false);
            if (result.Failed || !result.Value.IsLogicTrue)
            {
                return Result.Of(JsValue.False);
            }
        }

        return Result.Of(JsValue.True);
    }

    /// <summary>AEL's Or: true at the first true argument; otherwise the last argument's own value (so not always a boolean).</summary>
    private static Result Or(CallExpr call, Scope scope, bool substitute)
    {
        var last = JsValue.False;
        foreach (var child in call.Arguments)
        {
            var result = child.Evaluate(scope, substitute: false);
            if (!result.Failed && result.Value.IsLogicTrue)
            {
                return Result.Of(JsValue.True);
            }

            last = result.Value;
        }

        return Result.Of(last);
    }

    private static Result Not(CallExpr call, Scope scope, bool substitute)
    {
        var result = call.Arguments[0].Evaluate(scope, substitute: false);
        return Result.Of(JsValue.From(result.Failed || !result.Value.IsLogicTrue));
    }

    private static Result If(CallExpr call, Scope scope, bool substitute)
    {
        var condition = call.Arguments[0].Evaluate(scope, substitute: false);
        return !condition.Failed && condition.Value.IsLogicTrue
            ? call.Arguments[1].Evaluate(scope, substitute)
            : call.Arguments[2].Evaluate(scope, substitute);
    }

    private static bool IsEmpty(JsValue value) => value.Kind switch
    {
        JsKind.Undefined or JsKind.Null => true,
        JsKind.String => value.String.Length == 0,
        JsKind.Array => value.Count == 0,
        _ => value.KeyCount == 0,
    };
}
