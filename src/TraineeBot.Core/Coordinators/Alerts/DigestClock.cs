using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>
/// When the morning digest goes out: 07:30 (Europe/Stockholm, the calendar's zone) on working days — not weekends, not
/// <see cref="SwedishHolidays"/>. A digest missed at 07:30 (the bot was down) is caught up until 12:00 the same day;
/// after that the day is skipped.
/// </summary>
public sealed class DigestClock(WorkingCalendar calendar)
{
    public static readonly TimeOnly SendAt = new(7, 30);

    public static readonly TimeOnly CatchUpUntil = new(12, 0);

    /// <summary>The working day whose digest is due at <paramref name="now"/>, or null outside 07:30–12:00 of a working day.</summary>
    public DateOnly? DueDay(DateTimeOffset now)
    {
        var day = calendar.LocalDate(now);
        return calendar.IsWorkingDay(day) && calendar.ToUtc(day, SendAt) <= now && now < calendar.ToUtc(day, CatchUpUntil) ? day : null;
    }

    /// <summary>The next 07:30 of a working day strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset now)
    {
        for (var day = calendar.LocalDate(now); ; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && calendar.ToUtc(day, SendAt) is var at && at > now)
            {
                return at;
            }
        }
    }

    /// <summary>The digest's due instant (07:30) and when it stops being worth sending (12:00) on <paramref name="day"/>.</summary>
    public (DateTimeOffset Due, DateTimeOffset Until) Window(DateOnly day) => (calendar.ToUtc(day, SendAt), calendar.ToUtc(day, CatchUpUntil));
}
