using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Privacy.Retention;

/// <summary>
/// When the retention job runs: every day at 03:15 Europe/Stockholm (never in a summer-time gap, which is 02:00–03:00).
/// A run missed while the bot was down happens at the next start; one run per Stockholm day.
/// </summary>
public static class RetentionClock
{
    public static readonly TimeOnly RunAt = new(3, 15);

    /// <summary>The instant of 03:15 Stockholm time on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day)
    {
        var local = day.ToDateTime(RunAt);
        return new DateTimeOffset(local, StockholmTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The Stockholm day whose run is due at <paramref name="now"/> (today once 03:15 has passed, else yesterday).</summary>
    public static DateOnly DueDay(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(StockholmTime.ToLocal(now).DateTime);
        return now >= At(today) ? today : today.AddDays(-1);
    }

    /// <summary>The next run strictly after the run of <paramref name="day"/>.</summary>
    public static DateTimeOffset NextAfter(DateOnly day) => At(day.AddDays(1));
}
