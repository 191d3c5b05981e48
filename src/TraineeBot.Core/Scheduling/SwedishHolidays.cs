using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace TraineeBot.Core.Scheduling;

/// <summary>A day off in Sweden, named in Swedish and English.</summary>
public sealed record PublicHoliday(DateOnly Date, string NameSv, string NameEn);

/// <summary>
/// The days on which no proactive message goes out in Sweden, for any year (the Gregorian calendar, Easter by the
/// anonymous Gregorian algorithm).
/// </summary>
/// <remarks>
/// The list holds the public holidays (helgdagar) of the law on public holidays (lagen om allmänna helgdagar,
/// 1989:253): nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, Kristi himmelsfärdsdag,
/// pingstdagen, Sveriges nationaldag, midsommardagen, alla helgons dag, juldagen and annandag jul.
/// <para>
/// It also holds, <b>on purpose</b>, the three eves that are not public holidays by law but that Swedish employers
/// and municipalities treat as days off (by collective agreement and practice): midsommarafton, julafton and
/// nyårsafton. A trainee or supervisor should not get a check-in on those days either.
/// </para>
/// Påskafton and pingstafton are always Saturdays, so they are not listed; weekends are handled by
/// <see cref="WorkingCalendar"/>.
/// </remarks>
public static class SwedishHolidays
{
    private static readonly ConcurrentDictionary<int, Year> Years = new();

    /// <summary>The holidays and de-facto days off (see the remarks on the class) of <paramref name="year"/>, sorted by date.</summary>
    public static IReadOnlyList<PublicHoliday> For(int year) => Cached(year).Holidays;

    /// <summary>Whether <paramref name="date"/> is a holiday or one of the eves treated as days off. Cached per year, thread-safe.</summary>
    public static bool IsHoliday(DateOnly date) => Cached(date.Year).Dates.Contains(date);

    /// <summary>The holiday on <paramref name="date"/>, or null.</summary>
    public static PublicHoliday? Find(DateOnly date) =>
        IsHoliday(date) ? Cached(date.Year).Holidays.First(holiday => holiday.Date == date) : null;

    /// <summary>Easter Sunday (påskdagen) of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    private static Year Cached(int year) => Years.GetOrAdd(year, static y =>
    {
        var holidays = Compute(y);
        return new Year(holidays.AsReadOnly(), holidays.Select(holiday => holiday.Date).ToFrozenSet());
    });

    private static List<PublicHoliday> Compute(int year)
    {
        var easter = EasterSunday(year);
        var midsummerDay = FirstOnOrAfter(new DateOnly(year, 6, 20), DayOfWeek.Saturday);
        var allSaints = FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday);
        List<PublicHoliday> holidays =
        [
            new(new DateOnly(year, 1, 1), "Nyårsdagen", "New Year's Day"),
            new(new DateOnly(year, 1, 6), "Trettondedag jul", "Epiphany"),
            new(easter.AddDays(-2), "Långfredagen", "Good Friday"),
            new(easter, "Påskdagen", "Easter Sunday"),
            new(easter.AddDays(1), "Annandag påsk", "Easter Monday"),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag", "Ascension Day"),
            new(easter.AddDays(49), "Pingstdagen", "Whit Sunday"),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden"),
            new(midsummerDay.AddDays(-1), "Midsommarafton", "Midsummer Eve"),
            new(midsummerDay, "Midsommardagen", "Midsummer Day"),
            new(allSaints, "Alla helgons dag", "All Saints' Day"),
            new(new DateOnly(year, 12, 24), "Julafton", "Christmas Eve"),
            new(new DateOnly(year, 12, 25), "Juldagen", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "Annandag jul", "Boxing Day"),
            new(new DateOnly(year, 12, 31), "Nyårsafton", "New Year's Eve"),
        ];
        holidays.Sort((x, y) => x.Date.CompareTo(y.Date));
        return holidays;
    }

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    private sealed record Year(IReadOnlyList<PublicHoliday> Holidays, FrozenSet<DateOnly> Dates);
}
