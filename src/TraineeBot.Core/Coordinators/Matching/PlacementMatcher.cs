using TraineeBot.Core.Trainees.Intake;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>What an opening asks and an interest inventory answers.</summary>
public enum MatchCriterion
{
    Area,
    Hours,
    Travel,
    Languages,
}

/// <param name="Satisfied">True ✓, false ✗, null when it cannot be told (an answer or the travel time is missing): not scored.</param>
public sealed record CriterionResult(MatchCriterion Criterion, bool? Satisfied, string Reason);

/// <summary>One trainee against one opening: the score and a reason per criterion, in the reader's language.</summary>
public sealed record MatchResult(Guid TraineeId, string TraineeName, OpeningView Opening, int Score, IReadOnlyList<CriterionResult> Criteria)
{
    public int Unsatisfied => Criteria.Count(c => c.Satisfied == false);
}

/// <summary>
/// Pure matching of openings and interest inventories (docs/coordinators/matching.md). Each criterion the opening has
/// is ✓, ✗ or unknown with a reason; the score is the sum of the satisfied criteria's weights (work area 4, hours 2,
/// travel 2, languages 1), so it grows with every criterion satisfied. Only a chosen work area makes a suggestion. Ranking: score, then fewer ✗, then name (or
/// start date and workplace), then id — stable for equal inputs.
/// </summary>
public static class PlacementMatcher
{
    /// <summary>At most this many suggestions are shown.</summary>
    public const int MaxSuggestions = 5;

    public static int Weight(MatchCriterion criterion) => criterion switch
    {
        MatchCriterion.Area => 4,
        MatchCriterion.Hours => 2,
        MatchCriterion.Travel => 2,
        MatchCriterion.Languages => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    public static int Score(IEnumerable<CriterionResult> criteria) =>
        criteria.Where(c => c.Satisfied == true).Sum(c => Weight(c.Criterion));

    /// <summary>The longest trip the travel answer allows, in minutes; null = any distance.</summary>
    public static int? MaxTravelMinutes(string travel) => travel switch
    {
        "near" => 15,
        "short" => 30,
        "long" => 60,
        _ => null,
    };

    public static IReadOnlyList<CriterionResult> Evaluate(Opening opening, InterestAnswers answers, string language)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(answers);
        var results = new List<CriterionResult>(4);
        var area = WorkAreaExplanations.AreaName(opening.WorkArea, language);
        results.Add(answers.PreferredAreas.Contains(opening.WorkArea, StringComparer.Ordinal)
            ? new(MatchCriterion.Area, true, MatchingTexts.Get(language, "AreaYes", area))
            : new(MatchCriterion.Area, false, MatchingTexts.Get(language, "AreaNo", area)));

        results.Add(answers.HoursPerWeek switch
        {
            null => new(MatchCriterion.Hours, null, MatchingTexts.Get(language, "HoursUnknown", opening.HoursPerWeek)),
            { } hours when hours >= opening.HoursPerWeek => new(MatchCriterion.Hours, true, MatchingTexts.Get(language, "HoursYes", hours, opening.HoursPerWeek)),
            { } hours when opening.PartTimeOk => new(MatchCriterion.Hours, true, MatchingTexts.Get(language, "HoursPartTime", hours, opening.HoursPerWeek)),
            { } hours => new(MatchCriterion.Hours, false, MatchingTexts.Get(language, "HoursNo", hours, opening.HoursPerWeek)),
        });

        results.Add(Travel(opening, answers, language));

        var wanted = opening.LanguageCodes();
        if (wanted.Count > 0)
        {
            var names = string.Join(MatchingTexts.Get(language, "Or"), wanted.Select(code => LanguageName(code, language)));
            results.Add(wanted.Any(code => answers.Languages.Contains(code, StringComparer.Ordinal))
                ? new(MatchCriterion.Languages, true, MatchingTexts.Get(language, "LanguagesYes", names))
                : new(MatchCriterion.Languages, false, MatchingTexts.Get(language, "LanguagesNo", names)));
        }

        return results;
    }

    /// <summary>The candidates who chose the opening's work area, best first, at most <see cref="MaxSuggestions"/>.</summary>
    public static IReadOnlyList<MatchResult> RankTrainees(OpeningView opening, IEnumerable<MatchCandidate> candidates, string language)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(candidates);
        return [.. candidates
            .Select(c => Result(c.TraineeId, c.Name, opening, c.Answers, language))
            .Where(AreaFits)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Unsatisfied)
            .ThenBy(r => r.TraineeName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.TraineeId)
            .Take(MaxSuggestions)];
    }

    /// <summary>The openings in a work area the trainee chose, best first, at most <see cref="MaxSuggestions"/>.</summary>
    public static IReadOnlyList<MatchResult> RankOpenings(MatchCandidate trainee, IEnumerable<OpeningView> openings, string language)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(openings);
        return [.. openings
            .Select(o => Result(trainee.TraineeId, trainee.Name, o, trainee.Answers, language))
            .Where(AreaFits)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Unsatisfied)
            .ThenBy(r => r.Opening.Opening.FromDate)
            .ThenBy(r => r.Opening.WorkplaceName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Opening.Opening.Id)
            .Take(MaxSuggestions)];
    }

    /// <summary>Only the work area makes a suggestion: hours, travel and languages rank and explain, they do not qualify.</summary>
    public static bool AreaFits(MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Criteria.Any(c => c.Criterion == MatchCriterion.Area && c.Satisfied == true);
    }

    public static string LanguageName(string code, string language) => MatchingTexts.Get(language, "Language_" + code);

    private static MatchResult Result(Guid traineeId, string name, OpeningView opening, InterestAnswers answers, string language)
    {
        var criteria = Evaluate(opening.Opening, answers, language);
        return new MatchResult(traineeId, name, opening, Score(criteria), criteria);
    }

    private static CriterionResult Travel(Opening opening, InterestAnswers answers, string language)
    {
        if (answers.Travel is not { } travel)
        {
            return new(MatchCriterion.Travel, null, MatchingTexts.Get(language, "TravelNoAnswer", opening.Location));
        }

        var can = MatchingTexts.Get(language, "Travel_" + travel);
        var max = MaxTravelMinutes(travel);
        if (max is null)
        {
            return new(MatchCriterion.Travel, true, MatchingTexts.Get(language, "TravelAny", can, opening.Location));
        }

        return opening.TravelMinutes switch
        {
            null => new(MatchCriterion.Travel, null, MatchingTexts.Get(language, "TravelUnknown", can, opening.Location)),
            { } minutes when minutes <= max => new(MatchCriterion.Travel, true, MatchingTexts.Get(language, "TravelYes", can, opening.Location, minutes)),
            { } minutes => new(MatchCriterion.Travel, false, MatchingTexts.Get(language, "TravelNo", can, opening.Location, minutes)),
        };
    }
}
