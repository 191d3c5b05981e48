using System.Globalization;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>A limit for a date answer: a fixed date, or a number of days from today ("today", "today+7", "today-30").</summary>
public sealed partial record DateBound
{
    private DateBound(DateOnly? fixedDate, int daysFromToday)
    {
        FixedDate = fixedDate;
        DaysFromToday = daysFromToday;
    }

    public DateOnly? FixedDate { get; }

    public int DaysFromToday { get; }

    public bool IsRelative => FixedDate is null;

    public static DateBound Today(int days = 0) => new(null, days);

    public static DateBound Fixed(DateOnly date) => new(date, 0);

    public DateOnly Resolve(DateOnly today) => FixedDate ?? today.AddDays(DaysFromToday);

    public static bool TryParse(string text, out DateBound? bound)
    {
        bound = null;
        var trimmed = text.Trim();
        var relative = RelativePattern().Match(trimmed);
        if (relative.Success)
        {
            var days = 0;
            if (relative.Groups["days"].Success
                && !int.TryParse(relative.Groups["days"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out days))
            {
                return false;
            }

            bound = Today(relative.Groups["sign"].Value == "-" ? -days : days);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            bound = Fixed(date);
            return true;
        }

        return false;
    }

    public override string ToString() => FixedDate is { } date
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DaysFromToday switch
        {
            0 => "today",
            > 0 => $"today+{DaysFromToday}",
            _ => $"today{DaysFromToday}",
        };

    [GeneratedRegex(@"^today\s*(?:(?<sign>[+-])\s*(?<days>\d{1,5}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
