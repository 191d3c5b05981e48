using FsCheck;
using FsCheck.Fluent;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Trainees.Intake;
using static TraineeBot.UnitTests.Coordinators.Matching.PlacementMatcherTests;

namespace TraineeBot.UnitTests.Coordinators.Matching;

/// <summary>The score grows with every criterion satisfied, over random openings and inventories.</summary>
public sealed class PlacementMatcherPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly string[] AreaCodes = ["preschool", "school", "elderly-care", "kitchen", "cleaning", "it", "office", "retail"];
    private static readonly string[] LanguageCodes = ["swedish", "english", "arabic", "somali", "tigrinya", "persian", "turkish"];
    private static readonly string?[] TravelAnswers = ["near", "short", "long", "any", null];

    private static readonly Gen<(Opening Opening, InterestAnswers Answers)> Pairs =
        from area in Gen.Elements(AreaCodes)
        from hours in Gen.Choose(1, 40)
        from partTime in Gen.Elements(true, false)
        from minutes in Gen.Frequency([(4, Gen.Choose(5, 120).Select(m => (int?)m)), (1, Gen.Constant((int?)null))])
        from wanted in Gen.SubListOf(LanguageCodes).Select(l => l.Take(2).ToArray())
        from areas in Gen.SubListOf(AreaCodes)
        from canWork in Gen.Frequency([(5, Gen.Choose(1, 40).Select(h => (int?)h)), (1, Gen.Constant((int?)null))])
        from travel in Gen.Elements(TravelAnswers)
        from speaks in Gen.SubListOf(LanguageCodes)
        select (Opening(area, hours, partTime, minutes, wanted), new InterestAnswers
        {
            PreferredAreas = [.. areas],
            HoursPerWeek = canWork,
            Travel = travel,
            Languages = [.. speaks],
        });

    [Fact]
    public void Satisfying_one_more_criterion_raises_the_score_and_never_lowers_it()
    {
        Prop.ForAll(Pairs.ToArbitrary(), pair =>
        {
            var (opening, answers) = pair;
            var before = PlacementMatcher.Evaluate(opening, answers, "sv");
            var score = PlacementMatcher.Score(before);
            foreach (var (criterion, fixedAnswers) in Fixes(opening, answers))
            {
                var after = PlacementMatcher.Evaluate(opening, fixedAnswers, "sv");
                var wasSatisfied = before.Single(c => c.Criterion == criterion).Satisfied == true;
                Assert.True(after.Single(c => c.Criterion == criterion).Satisfied == true, $"{criterion} not satisfied after the fix");
                // Every other criterion is unchanged.
                Assert.Equal(before.Where(c => c.Criterion != criterion).Select(c => c.Satisfied), after.Where(c => c.Criterion != criterion).Select(c => c.Satisfied));
                var expected = score + (wasSatisfied ? 0 : PlacementMatcher.Weight(criterion));
                Assert.Equal(expected, PlacementMatcher.Score(after));
            }
        }).Check(Quick);
    }

    [Fact]
    public void The_score_is_the_sum_of_the_weights_of_the_satisfied_criteria_whatever_the_others_are()
    {
        var results = Gen.Elements<bool?>(true, false, null).ArrayOf(4);
        Prop.ForAll(results.ToArbitrary(), satisfied =>
        {
            var criteria = Enum.GetValues<MatchCriterion>().Zip(satisfied, (c, s) => new CriterionResult(c, s, string.Empty)).ToList();
            var score = PlacementMatcher.Score(criteria);
            for (var i = 0; i < criteria.Count; i++)
            {
                if (criteria[i].Satisfied != true)
                {
                    var better = criteria.ToList();
                    better[i] = better[i] with { Satisfied = true };
                    Assert.True(PlacementMatcher.Score(better) > score);
                }
            }

            Assert.InRange(score, 0, 9);
        }).Check(Quick);
    }

    /// <summary>For each criterion the opening has, the answers changed just enough to satisfy it.</summary>
    private static IEnumerable<(MatchCriterion, InterestAnswers)> Fixes(Opening opening, InterestAnswers answers)
    {
        yield return (MatchCriterion.Area, answers with { PreferredAreas = [.. answers.PreferredAreas.Append(opening.WorkArea).Distinct()] });
        yield return (MatchCriterion.Hours, answers with { HoursPerWeek = 40 });
        yield return (MatchCriterion.Travel, answers with { Travel = "any" });
        if (opening.LanguageCodes().Count > 0)
        {
            yield return (MatchCriterion.Languages, answers with { Languages = [.. answers.Languages.Append(opening.LanguageCodes()[0]).Distinct()] });
        }
    }

    private static Opening Opening(string area, int hours, bool partTime, int? minutes, string[] languages)
    {
        var opening = Preschool(hours, partTime, minutes, string.Join(',', languages));
        opening.WorkArea = area;
        return opening;
    }
}
