namespace TraineeBot.Dialogs;

/// <summary>Month and weekday names in Swedish and English, for reading dates and for showing them.</summary>
internal static class DateWords
{
    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Monday first, as DayOfWeek is not.
    private static readonly string[] SwedishWeekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

    private static readonly string[] EnglishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly Dictionary<string, int> MonthByName = BuildMonths();

    private static readonly Dictionary<string, DayOfWeek> WeekdayByName = BuildWeekdays();

    /// <summary>"tisdag 1 december 2026" / "Tuesday 1 December 2026".</summary>
    public static string Format(DateOnly date, string language)
    {
        var weekday = MondayFirst(date.DayOfWeek);
        return DialogLanguage.IsEnglish(language)
            ? $"{EnglishWeekdays[weekday]} {date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
            : $"{SwedishWeekdays[weekday]} {date.Day} {SwedishMonths[date.Month - 1]} {date.Year}";
    }

    /// <summary>"1 december" / "1 December", without year and weekday.</summary>
    public static string DayAndMonth(DateOnly date, string language) => DialogLanguage.IsEnglish(language)
        ? $"{date.Day} {EnglishMonths[date.Month - 1]}"
        : $"{date.Day} {SwedishMonths[date.Month - 1]}";

    /// <summary>The month (1–12) a normalised word names, allowing one typo in longer names ("decmber").</summary>
    public static int? Month(string word)
    {
        if (MonthByName.TryGetValue(word, out var month))
        {
            return month;
        }

        return Closest(word, MonthByName);
    }

    public static DayOfWeek? Weekday(string word)
    {
        if (WeekdayByName.TryGetValue(word, out var day))
        {
            return day;
        }

        return Closest(word, WeekdayByName);
    }

    private static T? Closest<T>(string word, Dictionary<string, T> names)
        where T : struct
    {
        if (word.Length < 5 || word.Length > 20)
        {
            return null;
        }

        var matches = names
            .Where(pair => pair.Key.Length >= 5 && EditDistance.Between(word, pair.Key) == 1)
            .Select(pair => pair.Value)
            .Distinct()
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            months[InputText.Normalize(SwedishMonths[i])] = i + 1;
            months[InputText.Normalize(EnglishMonths[i])] = i + 1;
            months[InputText.Normalize(SwedishMonths[i])[..3]] = i + 1;
            months[InputText.Normalize(EnglishMonths[i])[..3]] = i + 1;
        }

        months["sept"] = 9;
        return months;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        for (var i = 0; i < 7; i++)
        {
            var day = (DayOfWeek)((i + 1) % 7);
            days[InputText.Normalize(SwedishWeekdays[i])] = day;
            days[InputText.Normalize(EnglishWeekdays[i])] = day;
            days[InputText.Normalize(EnglishWeekdays[i])[..3]] = day;
            days[InputText.Normalize(SwedishWeekdays[i])[..3]] = day;
            days[InputText.Normalize(SwedishWeekdays[i]) + "en"] = day; // "på måndagen"
        }

        days["tues"] = DayOfWeek.Tuesday;
        days["thur"] = DayOfWeek.Thursday;
        days["thurs"] = DayOfWeek.Thursday;
        return days;
    }
}
