namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>
/// The dates an "ending" question asks about: a month ("i mars", "in March": its next occurrence, this month from today
/// on), next or this month or week, this year, "within N days/weeks/months", today; otherwise, and for "snart"/"soon",
/// the next <see cref="SoonDays"/> days.
/// </summary>
internal static class EndingRange
{
    public const int SoonDays = 30;

    private static readonly string[][] MonthNames =
    [
        ["januari", "january", "jan"], ["februari", "february", "feb"], ["mars", "march", "mar"], ["april", "apr"], ["maj", "may"],
        ["juni", "june", "jun"], ["juli", "july", "jul"], ["augusti", "august", "aug"], ["september", "sept", "sep"],
        ["oktober", "october", "okt", "oct"], ["november", "nov"], ["december", "dec"],
    ];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["en"] = 1, ["ett"] = 1, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["tva"] = 2, ["two"] = 2, ["tre"] = 3, ["three"] = 3, ["fyra"] = 4, ["four"] = 4,
        ["fem"] = 5, ["five"] = 5, ["sex"] = 6, ["six"] = 6, ["sju"] = 7, ["seven"] = 7, ["atta"] = 8, ["eight"] = 8, ["nio"] = 9, ["nine"] = 9,
        ["tio"] = 10, ["ten"] = 10, ["elva"] = 11, ["eleven"] = 11, ["tolv"] = 12, ["twelve"] = 12, ["fjorton"] = 14, ["fourteen"] = 14,
        ["femton"] = 15, ["fifteen"] = 15, ["tjugo"] = 20, ["twenty"] = 20, ["trettio"] = 30, ["thirty"] = 30, ["sextio"] = 60, ["sixty"] = 60,
        ["nittio"] = 90, ["ninety"] = 90,
    };

    private static readonly string[] Next = ["nasta", "kommande", "next", "coming"];

    public static CoordinatorIntent.Ending For(QuestionText question, DateOnly today)
    {
        if (Month(question) is { } month)
        {
            var year = month >= today.Month ? today.Year : today.Year + 1;
            var first = new DateOnly(year, month, 1);
            return new(first < today ? today : first, first.AddMonths(1).AddDays(-1));
        }

        if (Within(question) is { } within)
        {
            return new(today, within(today));
        }

        var week = QuestionVocabulary.IndexOfAny(question, QuestionVocabulary.Weeks);
        if (week >= 0)
        {
            var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
            return Before(question, week, Next) ? new(sunday.AddDays(1), sunday.AddDays(7)) : new(today, sunday);
        }

        var monthWord = QuestionVocabulary.IndexOfAny(question, QuestionVocabulary.Months);
        if (monthWord >= 0)
        {
            var first = new DateOnly(today.Year, today.Month, 1);
            return Before(question, monthWord, Next)
                ? new(first.AddMonths(1), first.AddMonths(2).AddDays(-1))
                : new(today, first.AddMonths(1).AddDays(-1));
        }

        if (ThisYear(question))
        {
            return new(today, new DateOnly(today.Year, 12, 31));
        }

        if (question.Texts.Any(w => w is "idag" or "today"))
        {
            return new(today, today);
        }

        return new(today, today.AddDays(SoonDays));
    }

    /// <summary>The month (1–12) a word names, allowing one typo in names of 5 letters or more ("feburari").</summary>
    public static int? Month(QuestionText question)
    {
        foreach (var word in question.Texts)
        {
            for (var m = 0; m < MonthNames.Length; m++)
            {
                if (MonthNames[m].Any(name => Typos.Same(word, name)))
                {
                    return m + 1;
                }
            }
        }

        return null;
    }

    public static int? Number(string word) =>
        word.Length <= 3 && word.All(char.IsAsciiDigit) ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture)
        : NumberWords.TryGetValue(word, out var n) ? n
        : null;

    /// <summary>"inom 30 dagar", "within 2 weeks", "de närmaste tre månaderna": the last day, from today.</summary>
    private static Func<DateOnly, DateOnly>? Within(QuestionText question)
    {
        for (var i = 0; i + 1 < question.Count; i++)
        {
            if (Number(question[i]) is not { } n || n <= 0)
            {
                continue;
            }

            var unit = question[i + 1];
            if (QuestionVocabulary.IsAny(unit, QuestionVocabulary.Days))
            {
                return today => today.AddDays(n);
            }

            if (QuestionVocabulary.IsAny(unit, QuestionVocabulary.Weeks))
            {
                return today => today.AddDays(7 * n);
            }

            if (QuestionVocabulary.IsAny(unit, QuestionVocabulary.Months))
            {
                return today => today.AddMonths(n);
            }
        }

        return null;
    }

    private static bool Before(QuestionText question, int index, string[] forms) =>
        index > 0 && (QuestionVocabulary.IsAny(question[index - 1], forms) || (index > 1 && QuestionVocabulary.IsAny(question[index - 2], forms)));

    /// <summary>"i år", "this year" ("år" only with its ring: "är" is another word).</summary>
    private static bool ThisYear(QuestionText question) =>
        question.Words.Any(w => w.Raw is "år" or "året" or "year")
        && !question.Words.Any(w => w.Raw is "nästa" or "next");
}
