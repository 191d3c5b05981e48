using System.Globalization;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>What <see cref="DateParser"/> made of an answer.</summary>
internal readonly record struct DateReading(DateOnly? Date, bool NotARealDate)
{
    public static readonly DateReading NotUnderstood = new(null, false);
    public static readonly DateReading NotReal = new(null, true);

    public static DateReading Of(DateOnly date) => new(date, false);
}

/// <summary>
/// Reads dates as people write them in Swedish and English. Relative words use <c>today</c> from the caller.
/// "1/12" is day/month (Swedish and British order). A date without a year is the nearest such date to today that
/// the question allows ("1 december" in November is this year's, "15 januari" in November is next year's).
/// Weekdays ("på måndag", "monday", "nästa måndag") are the next such day after today; "nästa vecka"/"next week"
/// is Monday next week.
/// </summary>
internal static partial class DateParser
{
    public static DateReading Parse(string input, DateOnly today, Func<DateOnly, bool>? allowed = null)
    {
        var text = Strip(InputText.Normalize(input));
        if (text.Length == 0 || text.Length > 60)
        {
            return DateReading.NotUnderstood;
        }

        allowed ??= _ => true;
        return Relative(text, today)
            ?? Iso(text)
            ?? DayMonthNumbers(text, today, allowed)
            ?? DayMonthName(text, today, allowed)
            ?? MonthNameDay(text, today, allowed)
            ?? DateReading.NotUnderstood;
    }

    private static string Strip(string text)
    {
        var stripped = LeadingWords().Replace(text, string.Empty);
        stripped = AbbreviationDot().Replace(stripped, string.Empty).Replace(", ", " ", StringComparison.Ordinal);
        return stripped.Trim();
    }

    private static DateReading? Relative(string text, DateOnly today)
    {
        switch (text)
        {
            case "idag" or "i dag" or "today":
                return DateReading.Of(today);
            case "imorgon" or "i morgon" or "imorn" or "i morn" or "tomorrow":
                return Add(today, 1);
            case "i overmorgon" or "iovermorgon" or "overmorgon" or "day after tomorrow" or "the day after tomorrow":
                return Add(today, 2);
            case "igar" or "i gar" or "yesterday":
                return Add(today, -1);
            case "nasta vecka" or "next week":
                return Add(today, 7 - (((int)today.DayOfWeek + 6) % 7));
            default:
                break;
        }

        var inDays = InDays().Match(text);
        if (inDays.Success)
        {
            var count = Count(inDays.Groups["count"].Value);
            if (count is null or > 3660)
            {
                return null;
            }

            var unit = inDays.Groups["unit"].Value;
            var days = unit.StartsWith('d') ? count.Value : count.Value * 7;
            return Add(today, days);
        }

        var weekday = WeekdayPattern().Match(text);
        if (weekday.Success && DateWords.Weekday(weekday.Groups["day"].Value) is { } day)
        {
            var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
            return Add(today, ahead == 0 ? 7 : ahead);
        }

        return null;
    }

    private static DateReading Add(DateOnly today, int days)
    {
        var dayNumber = (long)today.DayNumber + days;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateReading.Of(DateOnly.FromDayNumber((int)dayNumber))
            : DateReading.NotUnderstood;
    }

    private static int? Count(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : word is "a" or "an" ? 1
        : NumberWords.Parse(word);

    private static DateReading? Iso(string text)
    {
        var match = IsoPattern().Match(text);
        return match.Success ? Exact(Int(match, "year"), Int(match, "month"), Int(match, "day")) : null;
    }

    private static DateReading? DayMonthNumbers(string text, DateOnly today, Func<DateOnly, bool> allowed)
    {
        var match = DayMonthPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var day = Int(match, "day");
        var month = Int(match, "month");
        return match.Groups["year"].Success
            ? Exact(Year(match.Groups["year"].Value), month, day)
            : Nearest(day, month, today, allowed);
    }

    private static DateReading? DayMonthName(string text, DateOnly today, Func<DateOnly, bool> allowed)
    {
        var match = DayMonthNamePattern().Match(text);
        return match.Success ? Named(match, today, allowed) : null;
    }

    private static DateReading? MonthNameDay(string text, DateOnly today, Func<DateOnly, bool> allowed)
    {
        var match = MonthNameDayPattern().Match(text);
        return match.Success ? Named(match, today, allowed) : null;
    }

    private static DateReading? Named(Match match, DateOnly today, Func<DateOnly, bool> allowed)
    {
        if (DateWords.Month(match.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var day = Int(match, "day");
        return match.Groups["year"].Success
            ? Exact(Year(match.Groups["year"].Value), month, day)
            : Nearest(day, month, today, allowed);
    }

    private static DateReading Exact(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? DateReading.Of(new DateOnly(year, month, day))
            : DateReading.NotReal;

    private static DateReading Nearest(int day, int month, DateOnly today, Func<DateOnly, bool> allowed)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return DateReading.NotReal;
        }

        var candidates = new[] { today.Year, today.Year + 1, today.Year - 1 }
            .Where(year => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month))
            .Select(year => new DateOnly(year, month, day))
            .OrderBy(date => Math.Abs(date.DayNumber - today.DayNumber))
            .ToList();
        if (candidates.Count == 0)
        {
            return DateReading.NotReal;
        }

        return DateReading.Of(candidates.FirstOrDefault(allowed, candidates[0]));
    }

    private static int Int(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;

    private static int Year(string text)
    {
        var year = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return text.Length == 2 ? 2000 + year : year;
    }

    [GeneratedRegex(@"^(?:(?:fran och med|from|fran|den|pa|on|the|till|to|for|senast|by)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"(?<=[a-z])\.", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationDot();

    [GeneratedRegex(@"^(?:om|in)\s+(?<count>\d{1,4}|[a-z]+)\s+(?<unit>dagar|dag|days|day|veckor|vecka|weeks|week)$", RegexOptions.CultureInvariant)]
    private static partial Regex InDays();

    [GeneratedRegex(@"^(?:(?:nasta|kommande|next|this|coming)\s+)?(?<day>[a-z]{3,12})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})$|^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<day>\d{1,2})[/.](?<month>\d{1,2})(?:(?:[/.-]|\s+)(?<year>\d{4}|\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"^(?<day>\d{1,2})(?::?(?:a|e|st|nd|rd|th))?\s*(?:of\s+)?(?<month>[a-z]{3,10})(?:\s+(?<year>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNamePattern();

    [GeneratedRegex(@"^(?<month>[a-z]{3,10})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameDayPattern();
}
