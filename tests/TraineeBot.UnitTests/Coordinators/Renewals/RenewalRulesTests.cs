using TraineeBot.Core.Coordinators.Renewals;
using TraineeBot.Core.Programme;

namespace TraineeBot.UnitTests.Coordinators.Renewals;

public sealed class RenewalRulesTests
{
    private static readonly DateOnly Start = new(2026, 11, 30);

    /// <summary>A placement from 30 November 2026 in back-to-back periods of the given lengths (months).</summary>
    private static Placement Placement(PlacementKind kind, params int[] periodMonths)
    {
        var placement = new Placement { Id = Guid.NewGuid(), Kind = kind, StartDate = Start };
        var start = Start;
        var months = 0;
        foreach (var length in periodMonths)
        {
            months += length;
            var end = Start.AddMonths(months).AddDays(-1);
            placement.ContractPeriods.Add(new ContractPeriod { Id = Guid.NewGuid(), PlacementId = placement.Id, StartDate = start, EndDate = end });
            start = end.AddDays(1);
        }

        placement.EndDate = placement.ContractPeriods[^1].EndDate;
        return placement;
    }

    private static readonly DateOnly Today = new(2027, 2, 15);

    [Theory]
    [InlineData(2, "2027-04-27")]
    [InlineData(3, "2027-05-27")]
    public void A_renewal_adds_a_period_of_two_or_three_months_after_the_decided_one_and_moves_the_end(int months, string end)
    {
        var placement = Placement(PlacementKind.Internal, 3);
        var period = placement.ContractPeriods[0];

        var (plan, problem) = RenewalRules.Decide(placement, period, new RenewalRequest(RenewalDecisionKind.Renewed, months), Today);

        Assert.Null(problem);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), plan!.EndDate);
        Assert.Equal([(Start, new DateOnly(2027, 2, 27)), (new DateOnly(2027, 2, 28), plan.EndDate)], plan.PeriodsFromDecided);
        Assert.False(plan.Interrupt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(null)]
    public void Only_two_or_three_months_are_renewals(int? months)
    {
        var placement = Placement(PlacementKind.Internal, 3);

        var (plan, problem) = RenewalRules.Decide(placement, placement.ContractPeriods[0], new RenewalRequest(RenewalDecisionKind.Renewed, months), Today);

        Assert.Null(plan);
        Assert.Equal(RenewalProblemKind.MonthsInvalid, problem!.Kind);
    }

    [Theory]
    [InlineData(PlacementKind.External, 3, 3, 3, 2, 2)] // 10 months: +2 reaches 12, +3 would be 13
    [InlineData(PlacementKind.Internal, 3, 3, 3, 3, 3, 2)] // 17 months
    public void A_renewal_beyond_the_limit_is_refused_with_the_limit_and_the_latest_end(PlacementKind kind, params int[] periods)
    {
        var placement = Placement(kind, periods);
        var last = placement.ContractPeriods[^1];
        var today = last.StartDate.AddDays(10);

        var (_, refused) = RenewalRules.Decide(placement, last, new RenewalRequest(RenewalDecisionKind.Renewed, 3), today);
        var (fits, _) = RenewalRules.Decide(placement, last, new RenewalRequest(RenewalDecisionKind.Renewed, periods.Sum() == 10 ? 2 : 1), today);

        Assert.Equal(RenewalProblemKind.TooLong, refused!.Kind);
        Assert.Equal(PlacementRules.MaxMonths(kind), refused.Months);
        Assert.Equal(PlacementRules.LatestEnd(kind, Start), refused.Latest);
        Assert.Contains(kind == PlacementKind.External ? "högst 12 månader" : "högst 18 månader", RenewalCards.Describe(refused, "sv"), StringComparison.Ordinal);
        Assert.Contains("at most", RenewalCards.Describe(refused, "en"), StringComparison.Ordinal);
        if (periods.Sum() == 10)
        {
            Assert.Equal(PlacementRules.LatestEnd(kind, Start), fits!.EndDate);
        }
    }

    [Fact]
    public void End_keeps_the_period_and_drops_the_planned_ones_after_it_while_interrupt_ends_today_with_a_reason()
    {
        var placement = Placement(PlacementKind.Internal, 3, 3);
        var first = placement.ContractPeriods[0];

        var (ended, _) = RenewalRules.Decide(placement, first, new RenewalRequest(RenewalDecisionKind.Ended), Today);
        var (noReason, missing) = RenewalRules.Decide(placement, first, new RenewalRequest(RenewalDecisionKind.Interrupted, Reason: "  "), Today);
        var (interrupted, _) = RenewalRules.Decide(placement, first, new RenewalRequest(RenewalDecisionKind.Interrupted, Reason: " Flyttar "), Today);

        Assert.Equal(first.EndDate, ended!.EndDate);
        Assert.Equal([(first.StartDate, first.EndDate)], ended.PeriodsFromDecided);
        Assert.False(ended.Interrupt);
        Assert.Null(noReason);
        Assert.Equal(("reason", RenewalProblemKind.ReasonRequired), (missing!.Field, missing.Kind));
        Assert.Equal(Today, interrupted!.EndDate);
        Assert.Equal([(first.StartDate, Today)], interrupted.PeriodsFromDecided);
        Assert.True(interrupted.Interrupt);
        Assert.Equal("Flyttar", interrupted.Reason);
    }

    [Fact]
    public void A_wage_phase_change_needs_the_new_phase()
    {
        var placement = Placement(PlacementKind.Internal, 3);

        var (_, problem) = RenewalRules.Decide(placement, placement.ContractPeriods[0], new RenewalRequest(RenewalDecisionKind.WagePhaseChanged, 3, WagePhase: ""), Today);
        var (plan, _) = RenewalRules.Decide(placement, placement.ContractPeriods[0], new RenewalRequest(RenewalDecisionKind.WagePhaseChanged, 3, WagePhase: "Steg 2"), Today);

        Assert.Equal(("wagePhase", RenewalProblemKind.WagePhaseRequired), (problem!.Field, problem.Kind));
        Assert.Equal(new DateOnly(2027, 5, 27), plan!.EndDate);
    }

    [Fact]
    public void Only_the_current_period_of_a_running_placement_can_be_decided()
    {
        var placement = Placement(PlacementKind.Internal, 3, 3);
        var second = placement.ContractPeriods[1];

        var (_, later) = RenewalRules.Decide(placement, second, new RenewalRequest(RenewalDecisionKind.Ended), Today);
        placement.InterruptedUtc = DateTimeOffset.UnixEpoch;
        var (_, interrupted) = RenewalRules.Decide(placement, placement.ContractPeriods[0], new RenewalRequest(RenewalDecisionKind.Ended), Today);
        placement.InterruptedUtc = null;
        var (_, over) = RenewalRules.Decide(placement, second, new RenewalRequest(RenewalDecisionKind.Ended), placement.EndDate.AddDays(1));

        Assert.Equal(RenewalProblemKind.NotCurrentPeriod, later!.Kind);
        Assert.Equal(RenewalProblemKind.PlacementEnded, interrupted!.Kind);
        Assert.Equal(RenewalProblemKind.PlacementEnded, over!.Kind);
    }
}
