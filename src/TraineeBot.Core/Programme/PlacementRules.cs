namespace TraineeBot.Core.Programme;

/// <summary>The programme's rules for a placement, checked before one is stored.</summary>
public static class PlacementRules
{
    /// <summary>Internal placements run at most 18 months.</summary>
    public const int MaxInternalMonths = 18;

    /// <summary>External placements run at most 12 months.</summary>
    public const int MaxExternalMonths = 12;

    /// <summary>Default length of a contract period.</summary>
    public const int DefaultPeriodMonths = 3;

    public static int MaxMonths(PlacementKind kind) => kind == PlacementKind.Internal ? MaxInternalMonths : MaxExternalMonths;

    /// <summary>The last day a placement starting on <paramref name="start"/> may run.</summary>
    public static DateOnly LatestEnd(PlacementKind kind, DateOnly start) => start.AddMonths(MaxMonths(kind)).AddDays(-1);

    /// <summary>The problem with <paramref name="placement"/>, or null when it keeps every rule.</summary>
    public static ProgrammeProblem? Check(NewPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (placement.EndDate < placement.StartDate)
        {
            return new ProgrammeProblem(ProgrammeProblemKind.EndBeforeStart);
        }

        var latest = LatestEnd(placement.Kind, placement.StartDate);
        if (placement.EndDate > latest)
        {
            return new ProgrammeProblem(ProgrammeProblemKind.TooLong, MaxMonths(placement.Kind), latest);
        }

        var periods = ContractPeriods(placement);
        for (var i = 0; i < periods.Count; i++)
        {
            var (start, end) = periods[i];
            var expectedStart = i == 0 ? placement.StartDate : periods[i - 1].End.AddDays(1);
            if (end < start || start != expectedStart || end > placement.EndDate)
            {
                return new ProgrammeProblem(ProgrammeProblemKind.PeriodsDoNotFit);
            }
        }

        return periods[^1].End != placement.EndDate ? new ProgrammeProblem(ProgrammeProblemKind.PeriodsDoNotFit) : null;
    }

    /// <summary>The given periods, or back-to-back periods of <see cref="DefaultPeriodMonths"/> months from the start to the end.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End)> ContractPeriods(NewPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (placement.ContractPeriods is { Count: > 0 } given)
        {
            return given;
        }

        // Counted from the placement's start each time, so month ends do not drift (30 Nov → 27 Feb → 29 May).
        var periods = new List<(DateOnly, DateOnly)>();
        var start = placement.StartDate;
        for (var n = 1; start <= placement.EndDate; n++)
        {
            var end = placement.StartDate.AddMonths(DefaultPeriodMonths * n).AddDays(-1);
            if (end > placement.EndDate)
            {
                end = placement.EndDate;
            }

            periods.Add((start, end));
            start = end.AddDays(1);
        }

        return periods;
    }
}

public enum ProgrammeProblemKind
{
    NotFound,
    EndBeforeStart,
    TooLong,
    PeriodsDoNotFit,
    OverlapsAnotherPlacement,
}

/// <summary>A broken rule, with what the message needs (the limit in months, the latest end date).</summary>
public sealed record ProgrammeProblem(ProgrammeProblemKind Kind, int? Months = null, DateOnly? Date = null, string? What = null)
{
    /// <summary>The problem in plain words, in <paramref name="language"/> (sv or en).</summary>
    public string Describe(string language)
    {
        var english = language == Users.Language.English;
        var culture = Localization.BotTexts.Culture(language);
        var date = Date?.ToString(english ? "d MMMM yyyy" : "d MMMM yyyy", culture);
        return (Kind, english) switch
        {
            (ProgrammeProblemKind.NotFound, false) => $"Jag hittar inte {What ?? "det"}.",
            (ProgrammeProblemKind.NotFound, true) => $"I cannot find {What ?? "it"}.",
            (ProgrammeProblemKind.EndBeforeStart, false) => "Slutdatumet är före startdatumet.",
            (ProgrammeProblemKind.EndBeforeStart, true) => "The end date is before the start date.",
            (ProgrammeProblemKind.TooLong, false) => $"En sådan traineeplats får vara högst {Months} månader, alltså sluta senast {date}.",
            (ProgrammeProblemKind.TooLong, true) => $"Such a placement may last at most {Months} months, so end on {date} at the latest.",
            (ProgrammeProblemKind.PeriodsDoNotFit, false) => "Avtalsperioderna måste följa på varandra från start till slut.",
            (ProgrammeProblemKind.PeriodsDoNotFit, true) => "The contract periods must follow each other from the start to the end.",
            (ProgrammeProblemKind.OverlapsAnotherPlacement, false) => "Traineen har redan en traineeplats under den tiden.",
            (ProgrammeProblemKind.OverlapsAnotherPlacement, true) => "The trainee already has a placement during that time.",
            _ => Kind.ToString(),
        };
    }
}

/// <summary>A registration broke one of the programme's rules.</summary>
public sealed class ProgrammeRuleException : Exception
{
    public ProgrammeRuleException()
        : this(new ProgrammeProblem(ProgrammeProblemKind.NotFound))
    {
    }

    public ProgrammeRuleException(string message)
        : base(message) => Problem = new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: message);

    public ProgrammeRuleException(string message, Exception innerException)
        : base(message, innerException) => Problem = new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: message);

    public ProgrammeRuleException(ProgrammeProblem problem)
        : base(problem?.Describe(Users.Language.English)) => Problem = problem!;

    public ProgrammeProblem Problem { get; }
}
