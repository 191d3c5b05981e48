using System.Text;

namespace TraineeBot.Cards.Templating;

/// <summary>AEL's static return types, used to refuse ill-typed calls when a template is loaded.</summary>
[Flags]
internal enum ReturnType
{
    Boolean = 1,
    Number = 2,
    Object = 4,
    String = 8,
    Array = 16,
}

/// <summary>An evaluation's value, or the error that made it fail (errors are values here, not exceptions: cheap on the hot path).</summary>
internal readonly record struct Result(JsValue Value, string? Error)
{
    public static Result Of(JsValue value) => new(value, null);

    public static Result Fail(string error) => new(JsValue.Undefined, error);

    public bool Failed => Error is not null;
}

/// <summary>A parsed Adaptive Expression, evaluated many times without re-parsing.</summary>
internal abstract class Expr
{
    public abstract ReturnType ReturnType { get; }

    /// <param name="substitute">
    /// adaptivecards-templating's null substitution: a path that is not in the data evaluates to the text <c>${path}</c>.
    /// Some functions turn it off for their arguments, as AEL does.
    /// </param>
    public abstract Result Evaluate(Scope scope, bool substitute);

    /// <summary>AEL's <c>Expression.toString()</c>, which the oracle writes back as <c>${…}</c> when a part fails.</summary>
    public abstract void Write(StringBuilder builder);

    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }
}

internal sealed class ConstantExpr(JsValue value) : Expr
{
    public JsValue Value { get; } = value;

    public override ReturnType ReturnType => Value.Kind switch
    {
        JsKind.String => ReturnType.String,
        JsKind.Boolean => ReturnType.Boolean,
        JsKind.Number when Value.IsNumber => ReturnType.Number,
        JsKind.Array => ReturnType.Array,
        _ => ReturnType.Object,
    };

    public override Result Evaluate(Scope scope, bool substitute) => Result.Of(Value);

    public override void Write(StringBuilder builder)
    {
        switch (Value.Kind)
        {
            case JsKind.Undefined:
                builder.Append("undefined");
                break;
            case JsKind.String:
                builder.Append('\'');
                var escaped = Value.String.Replace("\\", "\\\\", StringComparison.Ordinal);
                for (var i = 0; i < escaped.Length; i++)
                {
                    if (escaped[i] == '\'' && (i == 0 || escaped[i - 1] != '\\'))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(escaped[i]);
                }

                builder.Append('\'');
                break;
            case JsKind.Array:
            case JsKind.Object:
                builder.Append(Value.ToJson());
                break;
            default:
                builder.Append(Value.ToJsString());
                break;
        }
    }
}

/// <summary>A function or operator call. Operators are functions here, as in AEL (<c>a + b</c> is <c>+</c>(a, b)).</summary>
internal sealed class CallExpr(FunctionDefinition function, Expr[] arguments) : Expr
{
    public FunctionDefinition Function { get; } = function;

    public Expr[] Arguments { get; } = arguments;

    public override ReturnType ReturnType => Function.ReturnType;

    public override Result Evaluate(Scope scope, bool substitute) => Function.Evaluate(this, scope, substitute);

    public override void Write(StringBuilder builder)
    {
        var type = Function.Type;
        var infix = !char.IsAsciiLetter(type[0]) && Arguments.Length >= 2;
        if (!infix)
        {
            builder.Append(type);
        }

        builder.Append('(');
        for (var i = 0; i < Arguments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(infix ? $" {type} " : ", ");
            }

            Arguments[i].Write(builder);
        }

        builder.Append(')');
    }
}
