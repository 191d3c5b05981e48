using TraineeBot.Core.Programme;

namespace TraineeBot.UnitTests.Programme;

public sealed class PlacementRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 12);

    private static NewPlacement Placement(PlacementKind kind, DateOnly end, IReadOnlyList<(DateOnly, DateOnly)>? periods = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), kind, Start, end, periods);

    [Fact]
    public void Internal_placements_may_run_18_months_and_external_12()
    {
        Assert.Null(PlacementRules.Check(Placement(PlacementKind.Internal, new DateOnly(2027, 7, 11))));
        Assert.Null(PlacementRules.Check(Placement(PlacementKind.External, new DateOnly(2027, 1, 11))));

        var tooLong = PlacementRules.Check(Placement(PlacementKind.Internal, new DateOnly(2027, 7, 12)));
        Assert.Equal(new ProgrammeProblem(ProgrammeProblemKind.TooLong, 18, new DateOnly(2027, 7, 11)), tooLong);
        var externalTooLong = PlacementRules.Check(Placement(PlacementKind.External, new DateOnly(2027, 1, 12)))!;
        Assert.Equal(12, externalTooLong.Months);
        Assert.Equal("En sådan traineeplats får vara högst 12 månader, alltså sluta senast 11 januari 2027.", externalTooLong.Describe("sv"));
        Assert.Equal("Such a placement may last at most 12 months, so end on 11 January 2027 at the latest.", externalTooLong.Describe("en"));
    }

    [Fact]
    public void The_end_cannot_come_before_the_start()
    {
        Assert.Equal(ProgrammeProblemKind.EndBeforeStart, PlacementRules.Check(Placement(PlacementKind.Internal, Start.AddDays(-1)))!.Kind);
    }

    [Fact]
    public void Without_given_periods_the_placement_is_cut_into_three_month_contracts()
    {
        var periods = PlacementRules.ContractPeriods(Placement(PlacementKind.Internal, new DateOnly(2026, 9, 30)));

        Assert.Equal(
            [(Start, new DateOnly(2026, 4, 11)), (new DateOnly(2026, 4, 12), new DateOnly(2026, 7, 11)), (new DateOnly(2026, 7, 12), new DateOnly(2026, 9, 30))],
            periods);
    }

    [Fact]
    public void Given_periods_must_follow_each_other_from_start_to_end()
    {
        var end = new DateOnly(2026, 6, 30);
        Assert.Null(PlacementRules.Check(Placement(PlacementKind.Internal, end, [(Start, new DateOnly(2026, 3, 31)), (new DateOnly(2026, 4, 1), end)])));
        Assert.Equal(ProgrammeProblemKind.PeriodsDoNotFit,
            PlacementRules.Check(Placement(PlacementKind.Internal, end, [(Start, new DateOnly(2026, 3, 31)), (new DateOnly(2026, 4, 2), end)]))!.Kind);
        Assert.Equal(ProgrammeProblemKind.PeriodsDoNotFit,
            PlacementRules.Check(Placement(PlacementKind.Internal, end, [(Start, new DateOnly(2026, 3, 31))]))!.Kind);
    }
}
