using System.Globalization;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>
/// Reads numbers in Swedish and English: "12", "-3", "3,5" and "3.5" (one comma or one dot is the decimal sign),
/// "1 000" and "1 000,5" (spaces group thousands), "1.000,5" and "1,000.5" (both: the last one is the decimal sign),
/// and small numbers as words ("tre", "three").
/// </summary>
internal static partial class NumberParser
{
    public static decimal? Parse(string input)
    {
        var text = InputText.Normalize(input.Replace('\u2212', '-'));
        if (text.Length is 0 or > 40)
        {
            return null;
        }

        if (NumberWords.Parse(text) is { } word)
        {
            return word;
        }

        var match = NumberPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var sign = match.Groups["sign"].Value == "-" ? "-" : string.Empty;
        var digits = match.Groups["digits"].Value;
        var canonical = Canonical(digits);
        if (canonical is null)
        {
            return null;
        }

        return decimal.TryParse(sign + canonical, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var number)
            ? Trimmed(number)
            : null;
    }

    /// <summary>The number without trailing zeros, so 3.50 is stored and shown as 3.5.</summary>
    public static decimal Trimmed(decimal number) =>
        decimal.Parse(NumberText.Invariant(number), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string? Canonical(string digits)
    {
        var ungrouped = SpaceGroups().IsMatch(digits) ? digits.Replace(" ", string.Empty, StringComparison.Ordinal) : digits;
        if (ungrouped.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var commas = ungrouped.Count(c => c == ',');
        var dots = ungrouped.Count(c => c == '.');
        if (commas == 0 && dots == 0)
        {
            return ungrouped;
        }

        if (commas > 0 && dots > 0)
        {
            var decimalSign = ungrouped.LastIndexOf(',') > ungrouped.LastIndexOf('.') ? ',' : '.';
            var groupSign = decimalSign == ',' ? '.' : ',';
            var parts = ungrouped.Split(decimalSign);
            return parts.Length == 2 && Grouped(parts[0], groupSign) && !parts[1].Contains(groupSign, StringComparison.Ordinal)
                ? parts[0].Replace(groupSign.ToString(), string.Empty, StringComparison.Ordinal) + "." + parts[1]
                : null;
        }

        var separator = commas > 0 ? ',' : '.';
        if (commas + dots == 1)
        {
            var parts = ungrouped.Split(separator);
            return parts[0].Length > 0 || parts[1].Length > 0 ? (parts[0].Length == 0 ? "0" : parts[0]) + "." + parts[1] : null;
        }

        // Several of the same sign: thousands groups ("1.000.000").
        return Grouped(ungrouped, separator) ? ungrouped.Replace(separator.ToString(), string.Empty, StringComparison.Ordinal) : null;
    }

    private static bool Grouped(string digits, char separator)
    {
        var groups = digits.Split(separator);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(group => group.Length == 3);
    }

    [GeneratedRegex(@"^(?<sign>[+-])?\s*(?<digits>[0-9][0-9 .,]*[0-9]|[0-9]|[.,][0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceGroups();
}
