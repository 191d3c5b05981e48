using System.Globalization;
using System.Text;

namespace TraineeBot.Cards.Templating;

/// <summary>JavaScript's number rules where the oracle's output depends on them: <c>Number.prototype.toString</c>, <c>parseInt</c>, <c>parseFloat</c>.</summary>
internal static class JsNumber
{
    /// <summary>Largest integer a double holds exactly (2^53 − 1).</summary>
    public const double MaxSafeInteger = 9007199254740991d;

    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary><c>Number.prototype.toString()</c>: shortest round-trip digits, exponent form below 1e-6 and from 1e21.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (IsInteger(value) && Math.Abs(value) <= MaxSafeInteger)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var (negative, digits, exponent) = Decompose(value);
        var builder = new StringBuilder(32);
        if (negative)
        {
            builder.Append('-');
        }

        var k = digits.Length;
        var n = exponent;
        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Shortest round-trip decimal digits (no leading or trailing zeros) and n, where value = 0.digits × 10^n.</summary>
    private static (bool Negative, string Digits, int Exponent) Decompose(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest[0] == '-';
        if (negative)
        {
            shortest = shortest[1..];
        }

        var exponentIndex = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentIndex < 0 ? shortest : shortest[..exponentIndex];
        var exponent = exponentIndex < 0 ? 0 : int.Parse(shortest[(exponentIndex + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? string.Empty : mantissa[(point + 1)..];
        var all = integerPart + fraction;
        var n = integerPart.Length + exponent;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        all = all[leading..];
        n -= leading;
        return (negative, all.TrimEnd('0'), n);
    }

    /// <summary><c>parseInt(text, 10)</c>: optional whitespace and sign, then as many digits as there are; NaN without any.</summary>
    public static double ParseInt(string text)
    {
        var i = SkipWhitespace(text, 0);
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        var start = i;
        double result = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            result = (result * 10) + (text[i] - '0');
            i++;
        }

        if (i == start)
        {
            return double.NaN;
        }

        if (i - start > 15)
        {
            result = double.Parse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return negative ? -result : result;
    }

    /// <summary><c>parseFloat(text)</c>: the longest prefix that is a decimal literal (or Infinity); NaN without one.</summary>
    public static double ParseFloat(string text)
    {
        var i = SkipWhitespace(text, 0);
        var start = i;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        if (string.CompareOrdinal(text, i, "Infinity", 0, 8) == 0)
        {
            return text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var digits = i - digitsStart;
        if (i < text.Length && text[i] == '.')
        {
            var afterPoint = i + 1;
            var j = afterPoint;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (digits > 0 || j > afterPoint)
            {
                digits += j - afterPoint;
                i = j;
            }
        }

        if (digits == 0)
        {
            return double.NaN;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            var expStart = j;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j > expStart)
            {
                i = j;
            }
        }

        var literal = text[start..i];
        if (literal.EndsWith('.'))
        {
            literal = literal[..^1];
        }

        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && IsJsWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>What JavaScript's <c>trim</c> and number parsing skip: white space and line terminators.</summary>
    public static bool IsJsWhitespace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff'
        || (c >= '\u2000' && c <= '\u200a');

    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsWhitespace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }
}
