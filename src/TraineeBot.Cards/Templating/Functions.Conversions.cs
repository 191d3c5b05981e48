using System.Globalization;
using System.Text;

namespace TraineeBot.Cards.Templating;

internal static partial class Functions
{
    /// <summary>Node's default locale where the oracle runs, and so the default for <c>string(number)</c>.</summary>
    private const string DefaultLocale = "en-US";

    private static void AddConversions(Action<FunctionDefinition, string[]> add)
    {
        add(new FunctionDefinition("string", ReturnType.String, Order([ReturnType.String], ReturnType.Object), Apply(String)), []);
        add(new FunctionDefinition("int", ReturnType.Number, Arity(1, 1), Apply(Int)), []);
        add(new FunctionDefinition("float", ReturnType.Number, Arity(1, 1), Apply(Float)), []);
        add(new FunctionDefinition("formatDateTime", ReturnType.String,
            Order([ReturnType.String, ReturnType.String], ReturnType.String), Apply(FormatDateTime)), []);
    }

    private static Result String(JsValue[] args)
    {
        var value = args[0];
        if (value.IsString)
        {
            return Result.Of(value);
        }

        if (value.IsNumber)
        {
            var locale = args.Length == 2 && args[1].IsString ? args[1].String : DefaultLocale;
            return Result.Of(JsValue.From(GroupedNumber(value.Number, locale)));
        }

        return Result.Of(JsValue.From(Values.CommonStringify(value)));
    }

    /// <summary>
    /// d3-format's <c>,.Nf</c> with N the number's own decimals, as AEL's string() uses it: thousands grouped, the
    /// Unicode minus sign. Separators for sv-SE and en-US as AEL's locale table has them; any other locale as en-US.
    /// </summary>
    private static string GroupedNumber(double value, string locale)
    {
        var (thousands, point) = locale == "sv-SE" ? ("\u00a0", ",") : (",", ".");
        var own = JsNumber.ToString(value);
        var dot = own.IndexOf('.', StringComparison.Ordinal);
        var precision = dot < 0 ? 0 : own.Length - dot - 1;
        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var fixedText = Math.Abs(value).ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (negative && fixedText.All(c => c is '0' or '.'))
        {
            negative = false;
        }

        var split = fixedText.IndexOf('.', StringComparison.Ordinal);
        var integer = split < 0 ? fixedText : fixedText[..split];
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('\u2212');
        }

        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append(thousands);
            }

            builder.Append(integer[i]);
        }

        if (split >= 0)
        {
            builder.Append(point).Append(fixedText, split + 1, fixedText.Length - split - 1);
        }

        return builder.ToString();
    }

    private static Result Int(JsValue[] args)
    {
        var value = args[0];
        if (value.IsString)
        {
            var parsed = JsNumber.ParseInt(value.String);
            return double.IsNaN(parsed)
                ? Result.Fail($"parameter {value.String} is not a valid number string.")
                : Result.Of(JsValue.From(parsed));
        }

        return value.IsNumber ? Result.Of(JsValue.From(JsNumber.ParseInt(value.ToJsString()))) : Result.Of(JsValue.Undefined);
    }

    private static Result Float(JsValue[] args)
    {
        var value = args[0];
        if (value.IsString)
        {
            var parsed = JsNumber.ParseFloat(value.String);
            return double.IsNaN(parsed)
                ? Result.Fail($"parameter {value.String} is not a valid number string.")
                : Result.Of(JsValue.From(parsed));
        }

        return value.IsNumber ? Result.Of(value) : Result.Of(JsValue.Undefined);
    }

    private static Result FormatDateTime(JsValue[] args)
    {
        var value = args[0];
        if (!value.IsString)
        {
            return Result.Fail($"{value.ToJsString()} is not a date (arg.toISOString is not a function).");
        }

        if (!DateFormat.TryParse(value.String, out var utc))
        {
            return Result.Fail($"{value.String} is not a valid datetime string.");
        }

        var format = DateFormat.DefaultDayjsFormat;
        if (args.Length == 3 && args[1].IsString && args[2].IsString)
        {
            format = args[1].String.Length == 0 ? DateFormat.DefaultDayjsFormat : DateFormat.ToDayjs(args[1].String);
        }
        else if (args.Length == 2 && args[1].IsString)
        {
            format = DateFormat.ToDayjs(args[1].String);
        }

        return Result.Of(JsValue.From(DateFormat.Format(utc, format)));
    }
}
