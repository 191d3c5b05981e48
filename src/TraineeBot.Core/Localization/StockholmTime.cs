using System.Globalization;

namespace TraineeBot.Core.Localization;

/// <summary>
/// The programme's clock: instants are stored in UTC, while days, schedules and what users read are in
/// Europe/Stockholm (with its summer time), formatted in the user's language.
/// </summary>
public static class StockholmTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Stockholm.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);
    }

    /// <summary>"23 november 2026" / "23 November 2026".</summary>
    public static string FormatDate(DateOnly date, string language) =>
        date.ToString("d MMMM yyyy", BotTexts.Culture(language));

    /// <summary>"måndag 23 november" / "Monday 23 November".</summary>
    public static string FormatDayAndDate(DateOnly date, string language)
    {
        var culture = BotTexts.Culture(language);
        return date.ToString("dddd d MMMM", culture);
    }

    /// <summary>An instant as Stockholm wall-clock time, "09:30".</summary>
    public static string FormatTime(DateTimeOffset instant) => ToLocal(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
}
