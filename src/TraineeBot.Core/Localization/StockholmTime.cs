namespace TraineeBot.Core.Localization;

/// <summary>
/// The programme's clock: instants are stored in UTC, while days and schedules are in Europe/Stockholm (with its
/// summer time). Dates shown to users are formatted by the dialog engine in the user's language.
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
}
