using System.Text.Json.Nodes;
using TraineeBot.Core.Trainees.Intake;

namespace TraineeBot.UnitTests.Trainees.Intake;

/// <summary>The interest inventory's scoring: transparent points, deterministic ranking, one-line reasons in sv and en.</summary>
public sealed class WorkAreaScoringTests
{
    [Fact]
    public void A_chosen_area_and_words_about_it_rank_it_first_with_both_reasons()
    {
        var answers = new InterestAnswers
        {
            Interests = "Jag gillar barn och att leka",
            GoodAt = "laga mat",
            PreferredAreas = ["preschool"],
        };

        var ranked = WorkAreaScoring.Score(answers);

        Assert.Equal(["preschool", "school", "kitchen"], ranked.Select(s => s.Area));
        Assert.Equal(5 + (2 * 2), ranked[0].Score); // chosen + 'barn', 'leka'
        Assert.Equal(2, ranked[1].Score); // 'barn'
        Assert.Equal(2, ranked[2].Score); // 'laga mat'
        Assert.Equal("Förskola: du valde förskola; du skrev 'barn', 'leka'", WorkAreaExplanations.Line(ranked[0], "sv"));
        Assert.Equal("Preschool: you chose preschool; you wrote 'barn', 'leka'", WorkAreaExplanations.Line(ranked[0], "en"));
    }

    [Fact]
    public void English_words_count_as_Swedish_ones_do()
    {
        var answers = new InterestAnswers { Interests = "Computers and gaming", GoodAt = "I can cook for many people" };

        var ranked = WorkAreaScoring.Score(answers);

        Assert.Equal("it", ranked[0].Area);
        Assert.Equal(4, ranked[0].Score);
        Assert.Equal("IT: you wrote 'computers', 'gaming'", WorkAreaExplanations.Line(ranked[0], "en"));
        Assert.Equal("IT: du skrev 'computers', 'gaming'", WorkAreaExplanations.Line(ranked[0], "sv"));
        Assert.Equal("kitchen", ranked[1].Area);
        Assert.Equal("Kitchen and restaurant: you wrote 'cook'", WorkAreaExplanations.Line(ranked[1], "en"));
    }

    [Fact]
    public void Whole_words_only_unless_the_table_says_a_word_start_so_mat_is_not_matematik()
    {
        var ranked = WorkAreaScoring.Score(new InterestAnswers { Interests = "matematik och datorspel" });

        Assert.DoesNotContain(ranked, s => s.Area == "kitchen");
        Assert.Equal(["it"], ranked.Select(s => s.Area)); // 'dator*' is a word start: datorspel
    }

    [Fact]
    public void What_they_want_to_avoid_lowers_an_area_even_one_they_chose()
    {
        var without = WorkAreaScoring.Score(new InterestAnswers { PreferredAreas = ["cleaning", "retail"] });
        var with = WorkAreaScoring.Score(new InterestAnswers { PreferredAreas = ["cleaning", "retail"], Avoid = "Städning, det vill jag inte" });

        Assert.Equal(["cleaning", "retail"], without.Select(s => s.Area));
        Assert.Equal(["retail"], with.Select(s => s.Area)); // 5 − 6 < 1: left out
        var line = WorkAreaExplanations.Line(WorkAreaScoring.Score(new InterestAnswers
        {
            PreferredAreas = ["kitchen"],
            Interests = "laga mat, baka",
            Avoid = "kök",
        })[0], "sv");
        Assert.Equal("Kök och restaurang: du valde kök och restaurang; du skrev 'laga mat', 'baka'; men du vill inte jobba med 'kök'", line);
    }

    [Fact]
    public void Shared_heavy_lifting_needs_lower_elderly_care_and_cleaning_but_unshared_health_does_not_count()
    {
        var chosen = new InterestAnswers { PreferredAreas = ["elderly-care", "cleaning", "office"] };

        var healthy = WorkAreaScoring.Score(chosen with { DrivingLicence = true });
        var heavy = WorkAreaScoring.Score(chosen with { DrivingLicence = true, SharesHealth = true, Health = "Jag har ont i ryggen och kan inte lyfta" });
        var notShared = WorkAreaScoring.Score(chosen with { DrivingLicence = true, SharesHealth = false, Health = "ryggen" });

        Assert.Equal(["elderly-care", "cleaning", "office"], healthy.Select(s => s.Area));
        Assert.Equal(["office", "elderly-care", "cleaning"], heavy.Select(s => s.Area));
        Assert.Equal(2, heavy.Single(s => s.Area == "elderly-care").Score);
        Assert.Equal(healthy, notShared, SuggestionComparer.Instance);
        Assert.Equal("Äldreomsorg: du valde äldreomsorg; men tunga lyft kan vara svårt (hälsa)", WorkAreaExplanations.Line(heavy[1], "sv"));
        Assert.Equal("Elderly care: you chose elderly care; but heavy lifting may be hard (health)", WorkAreaExplanations.Line(heavy[1], "en"));
    }

    [Fact]
    public void No_driving_licence_only_matters_for_elderly_care()
    {
        var all = new InterestAnswers { PreferredAreas = ["preschool", "elderly-care", "kitchen"] };

        var with = WorkAreaScoring.Score(all with { DrivingLicence = true });
        var without = WorkAreaScoring.Score(all with { DrivingLicence = false });

        Assert.Equal([5, 5, 5], with.Select(s => s.Score));
        Assert.Equal(["preschool", "kitchen", "elderly-care"], without.Select(s => s.Area));
        Assert.Equal([5, 5, 4], without.Select(s => s.Score));
        Assert.Equal("Elderly care: you chose elderly care; no driving licence (home care often drives)", WorkAreaExplanations.Line(without[2], "en"));
    }

    [Fact]
    public void Word_points_stop_at_three_words_per_area()
    {
        var ranked = WorkAreaScoring.Score(new InterestAnswers { Interests = "dator, data, kodning, programmering, teknik" });

        Assert.Equal(WorkAreaScoring.WordPoints * WorkAreaScoring.MaxWordsCounted, ranked.Single().Score);
    }

    [Fact]
    public void The_ranking_is_deterministic_ties_follow_the_table_order()
    {
        var answers = new InterestAnswers { PreferredAreas = ["retail", "it", "preschool", "office"] };

        var first = WorkAreaScoring.Score(answers);
        var second = WorkAreaScoring.Score(answers with { PreferredAreas = ["office", "preschool", "it", "retail"] });

        Assert.Equal(["preschool", "it", "office", "retail"], first.Select(s => s.Area));
        Assert.Equal(first, second, SuggestionComparer.Instance);
    }

    [Fact]
    public void Nothing_chosen_and_nothing_written_gives_no_suggestions()
    {
        Assert.Empty(WorkAreaScoring.Score(new InterestAnswers { Interests = "vet inte", DrivingLicence = false }));
    }

    [Fact]
    public void The_stored_json_has_rank_area_score_and_reason_keys()
    {
        var ranked = WorkAreaScoring.Score(new InterestAnswers { PreferredAreas = ["kitchen"], Interests = "cook", Avoid = "barn" });

        var json = WorkAreaExplanations.ToJson(ranked);

        Assert.Equal(
            """[{"rank":1,"area":"kitchen","score":7,"reasons":[{"key":"chosen","points":5,"words":[]},{"key":"wrote","points":2,"words":["cook"]}]}]""",
            json.ToJsonString());
    }

    [Fact]
    public void Answers_are_read_from_the_dialogs_step_ids_and_skipped_steps_are_empty()
    {
        var answers = InterestAnswers.From(new Dictionary<string, JsonNode?>
        {
            ["interests"] = "  barn ",
            ["has-avoid"] = false,
            ["avoid"] = "kök",
            ["hours"] = 30,
            ["travel"] = "short",
            ["share-health"] = true,
            ["health"] = "Astma",
            ["languages"] = new JsonArray("swedish", "arabic"),
            ["licence"] = false,
            ["areas"] = new JsonArray("preschool"),
        });

        Assert.Equal("barn", answers.Interests);
        Assert.Equal(string.Empty, answers.Avoid); // said no: an answer left from before does not count
        Assert.Equal(30, answers.HoursPerWeek);
        Assert.Equal("short", answers.Travel);
        Assert.True(answers.SharesHealth);
        Assert.Equal("Astma", answers.Health);
        Assert.Equal(["swedish", "arabic"], answers.Languages);
        Assert.False(answers.DrivingLicence);
        Assert.Equal(["preschool"], answers.PreferredAreas);
        Assert.Equal(string.Empty, answers.GoodAt);
    }

    private sealed class SuggestionComparer : IEqualityComparer<WorkAreaSuggestion>
    {
        public static readonly SuggestionComparer Instance = new();

        public bool Equals(WorkAreaSuggestion? x, WorkAreaSuggestion? y) =>
            x is not null && y is not null && x.Area == y.Area && x.Score == y.Score
            && x.Reasons.Select(r => (r.Kind, r.Points, string.Join(",", r.Words))).SequenceEqual(y.Reasons.Select(r => (r.Kind, r.Points, string.Join(",", r.Words))));

        public int GetHashCode(WorkAreaSuggestion obj) => HashCode.Combine(obj.Area, obj.Score);
    }
}
