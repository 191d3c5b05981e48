using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Intake;

namespace TraineeBot.UnitTests.Coordinators.Matching;

public sealed class PlacementMatcherTests
{
    internal static Opening Preschool(int hours = 30, bool partTime = false, int? minutes = 45, string languages = "") => new()
    {
        Id = Guid.Parse("0192f5a0-0000-7000-8000-0000000000c1"),
        WorkplaceId = Guid.NewGuid(),
        Kind = PlacementKind.Internal,
        WorkArea = "preschool",
        HoursPerWeek = hours,
        PartTimeOk = partTime,
        Location = "Tumba",
        TravelMinutes = minutes,
        Languages = languages,
        FromDate = new DateOnly(2027, 2, 1),
    };

    internal static InterestAnswers Answers(string[]? areas = null, int? hours = 30, string? travel = "long", string[]? languages = null) => new()
    {
        PreferredAreas = areas ?? ["preschool"],
        HoursPerWeek = hours,
        Travel = travel,
        Languages = languages ?? ["swedish"],
    };

    public static TheoryData<string, Opening, InterestAnswers, string[], int> Cases => new()
    {
        { "all fit", Preschool(languages: "arabic"), Answers(languages: ["swedish", "arabic"]),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa upp till en timme, platsen är i Tumba (ca 45 min) ✓", "Talar arabiska ✓"], 9 },
        { "other area", Preschool(), Answers(areas: ["kitchen", "it"]),
            ["Har inte valt förskola ✗", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa upp till en timme, platsen är i Tumba (ca 45 min) ✓"], 4 },
        { "too few hours", Preschool(hours: 40), Answers(hours: 20),
            ["Vill arbeta med förskola ✓", "Kan arbeta 20 tim/vecka, platsen har 40 ✗", "Kan resa upp till en timme, platsen är i Tumba (ca 45 min) ✓"], 6 },
        { "part-time ok", Preschool(hours: 40, partTime: true), Answers(hours: 20),
            ["Vill arbeta med förskola ✓", "Kan arbeta 20 tim/vecka, platsen har 40 men deltid går bra ✓", "Kan resa upp till en timme, platsen är i Tumba (ca 45 min) ✓"], 8 },
        { "too far", Preschool(), Answers(travel: "short"),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa upp till 30 min, platsen är i Tumba (ca 45 min) ✗"], 6 },
        { "near is 15 minutes", Preschool(minutes: 15), Answers(travel: "near"),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa bara nära hemmet, platsen är i Tumba (ca 15 min) ✓"], 8 },
        { "any distance", Preschool(minutes: 90), Answers(travel: "any"),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa hur långt som helst, platsen är i Tumba ✓"], 8 },
        { "travel time unknown", Preschool(minutes: null), Answers(travel: "short"),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa upp till 30 min, platsen är i Tumba (restid okänd)"], 6 },
        { "no answers about hours or travel", Preschool(), Answers(hours: null, travel: null),
            ["Vill arbeta med förskola ✓", "Har inte svarat om timmar; platsen har 30 tim/vecka", "Har inte svarat om resor; platsen är i Tumba"], 4 },
        { "language missing", Preschool(languages: "arabic,somali"), Answers(),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa upp till en timme, platsen är i Tumba (ca 45 min) ✓", "Talar inte arabiska eller somaliska ✗"], 8 },
        { "one of the languages is enough", Preschool(languages: "arabic,somali"), Answers(languages: ["somali"]),
            ["Vill arbeta med förskola ✓", "Kan arbeta 30 tim/vecka, platsen har 30 ✓", "Kan resa upp till en timme, platsen är i Tumba (ca 45 min) ✓", "Talar arabiska eller somaliska ✓"], 9 },
        { "nothing fits", Preschool(hours: 40), Answers(areas: ["it"], hours: 10, travel: "near"),
            ["Har inte valt förskola ✗", "Kan arbeta 10 tim/vecka, platsen har 40 ✗", "Kan resa bara nära hemmet, platsen är i Tumba (ca 45 min) ✗"], 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_criterion_gives_a_reason_and_the_score_sums_the_satisfied(string name, Opening opening, InterestAnswers answers, string[] reasons, int score)
    {
        var criteria = PlacementMatcher.Evaluate(opening, answers, "sv");

        Assert.True(reasons.SequenceEqual(criteria.Select(c => c.Reason)), $"{name}: {string.Join(" | ", criteria.Select(c => c.Reason))}");
        Assert.Equal(score, PlacementMatcher.Score(criteria));
    }

    [Fact]
    public void Reasons_are_in_English_for_an_English_reader()
    {
        var criteria = PlacementMatcher.Evaluate(Preschool(languages: "arabic"), Answers(travel: "short"), "en");

        Assert.Equal(
            ["Wants to work in preschool ✓", "Can work 30 h/week, the opening has 30 ✓", "Can travel up to 30 min, the opening is in Tumba (about 45 min) ✗", "Does not speak Arabic ✗"],
            criteria.Select(c => c.Reason));
    }

    [Fact]
    public void Trainees_rank_by_score_then_fewer_misses_then_name_and_those_who_did_not_choose_the_area_are_left_out()
    {
        var opening = new OpeningView(Preschool(), "Förskolan Solen");
        MatchCandidate Candidate(string name, InterestAnswers answers) => new(Guid.NewGuid(), name, answers);
        var candidates = new[]
        {
            Candidate("Öde Nothing", Answers(areas: ["it"], hours: 10, travel: "near")),
            Candidate("Otto Otherarea", Answers(areas: ["kitchen"], languages: ["arabic"])),
            Candidate("Bea Far", Answers(travel: "short")),
            Candidate("Adam Unknown", Answers(travel: null)),
            Candidate("Cleo All", Answers()),
            Candidate("Amira All", Answers()),
        };

        var ranked = PlacementMatcher.RankTrainees(opening, candidates, "sv");

        // Adam and Bea both score 6; Adam has no ✗ (travel unknown), Bea one.
        Assert.Equal(["Amira All", "Cleo All", "Adam Unknown", "Bea Far"], ranked.Select(r => r.TraineeName));
        Assert.Equal([8, 8, 6, 6], ranked.Select(r => r.Score));
        Assert.Equal(ranked.Select(r => r.TraineeName), PlacementMatcher.RankTrainees(opening, candidates.Reverse(), "sv").Select(r => r.TraineeName));
    }

    [Fact]
    public void At_most_five_suggestions()
    {
        var opening = new OpeningView(Preschool(), "Förskolan Solen");
        var candidates = Enumerable.Range(1, 9).Select(i => new MatchCandidate(Guid.NewGuid(), $"Trainee {i}", Answers()));

        Assert.Equal(PlacementMatcher.MaxSuggestions, PlacementMatcher.RankTrainees(opening, candidates, "sv").Count);
    }

    [Fact]
    public void Openings_rank_by_score_then_start_date_for_a_trainee()
    {
        var trainee = new MatchCandidate(Guid.NewGuid(), "Amira Hassan", Answers(areas: ["preschool", "kitchen"], travel: "short"));
        var near = Preschool(minutes: 20);
        near.Id = Guid.NewGuid();
        var far = Preschool(minutes: 50);
        far.Id = Guid.NewGuid();
        var kitchenLater = Preschool(minutes: 20);
        kitchenLater.Id = Guid.NewGuid();
        kitchenLater.WorkArea = "kitchen";
        kitchenLater.FromDate = near.FromDate.AddDays(10);
        var it = Preschool(minutes: 20);
        it.Id = Guid.NewGuid();
        it.WorkArea = "it";
        it.HoursPerWeek = 40;

        var ranked = PlacementMatcher.RankOpenings(trainee,
            [new(it, "IT-avdelningen"), new(far, "Förskolan Långt"), new(kitchenLater, "Köket"), new(near, "Förskolan Nära")], "sv");

        // IT is not an area Amira chose: not suggested, whatever else fits.
        Assert.Equal(["Förskolan Nära", "Köket", "Förskolan Långt"], ranked.Select(r => r.Opening.WorkplaceName));
    }
}
