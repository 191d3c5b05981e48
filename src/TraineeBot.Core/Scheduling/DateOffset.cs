using System.Diagnostics.CodeAnalysis;

namespace TraineeBot.Core.Scheduling;

/// <summary>
/// A calendar offset: <see cref="Months"/> first, then <see cref="Days"/>, so 2026-08-31 + "3 months" is 2026-11-30
/// (the end of a shorter month is kept) and "-1 day" is the day before.
/// Written "3 months", "14 days", "-1 day", "1 month 14 days", "2 weeks", "1 year", or in Swedish "3 månader",
/// "14 dagar", "1 månad och 2 dagar", "2 veckor", "1 år".
/// </summary>
public readonly record struct DateOffset(int Months, int Days)
{
    public DateOnly ApplyTo(DateOnly date) => date.AddMonths(Months).AddDays(Days);

    /// <exception cref="FormatException">The text is not an offset.</exception>
    public static DateOffset Parse(string text) =>
        TryParse(text, out var offset) ? offset : throw new FormatException($"'{text}' is not a date offset; write it like '3 months', '14 days' or '-1 day'.");

    public static bool TryParse([NotNullWhen(true)] string? text, out DateOffset offset)
    {
        offset = default;
        if (Quantities.Read(text) is not { } pairs || pairs.Any(pair => pair.Unit is Quantities.Unit.Minute or Quantities.Unit.Hour))
        {
            return false;
        }

        long months = 0;
        long days = 0;
        foreach (var (number, unit) in pairs)
        {
            switch (unit)
            {
                case Quantities.Unit.Year:
                    months += 12L * number;
                    break;
                case Quantities.Unit.Month:
                    months += number;
                    break;
                case Quantities.Unit.Week:
                    days += 7L * number;
                    break;
                default:
                    days += number;
                    break;
            }
        }

        // DateOnly spans fewer than 120,000 months and 3,700,000 days; anything larger is a typo.
        if (Math.Abs(months) > 120_000 || Math.Abs(days) > 3_700_000)
        {
            return false;
        }

        offset = new DateOffset((int)months, (int)days);
        return true;
    }

    /// <summary>"3 months", "-1 day", "1 month 14 days", "0 days"; reads back with <see cref="Parse"/>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(2);
        if (Months != 0)
        {
            parts.Add(Months is 1 or -1 ? $"{Months} month" : $"{Months} months");
        }

        if (Days != 0 || Months == 0)
        {
            parts.Add(Days is 1 or -1 ? $"{Days} day" : $"{Days} days");
        }

        return string.Join(' ', parts);
    }
}
