using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Programme;
using static TraineeBot.Core.Programme.OutcomeStatus;

namespace TraineeBot.UnitTests.Coordinators.Reports;

/// <summary>
/// Twelve former trainees on 1 March 2027. Due: 3 months if the period ended on or before 1 Dec 2026, 6 months on or
/// before 1 Sep 2026, 12 months on or before 1 Mar 2026. The expected figures in the tests are worked out by hand.
/// </summary>
internal static class OutcomeReportFixture
{
    public static readonly DateOnly Today = new(2027, 3, 1);

    private static readonly DateOnly Feb2026 = new(2026, 2, 15);   // due at 3, 6, 12
    private static readonly DateOnly Aug2026 = new(2026, 8, 31);   // due at 3, 6
    private static readonly DateOnly Nov2026 = new(2026, 11, 30);  // due at 3
    private static readonly DateOnly Dec2026 = new(2026, 12, 1);   // due at 3: exactly 3 months before today
    private static readonly DateOnly Jan2027 = new(2027, 1, 15);   // nothing due

    public static IReadOnlyList<OutcomeReportRow> Rows { get; } =
    [
        Row(1, "Kvinna", 2004, PlacementKind.Internal, "Förskola", Feb2026, Work, Work, Work, [4, 5], [5]),
        Row(2, " kvinna ", 2003, PlacementKind.Internal, "Förskola", Feb2026, Looking, Studies, null, [3], []),
        Row(3, "KVINNA", 2001, PlacementKind.External, "Äldreomsorg", Feb2026, Work, WorkAndStudies, Work, [5], [4]),
        Row(4, "Man", 2005, PlacementKind.Internal, "Förskola", Aug2026, Studies, Studies, null, [4, 4], [3]),
        Row(5, "man", 2000, PlacementKind.External, "Äldreomsorg", Aug2026, null, Looking, null, [], [5]),
        Row(6, "Kvinna", 2004, PlacementKind.Internal, "Förskola", Aug2026, Work, Work, null, [5], []),
        Row(7, null, 1990, PlacementKind.Internal, "Skola", Nov2026, Other, null, null, [2], [2]),
        Row(8, "Man", 2006, PlacementKind.External, "Skola", Dec2026, null, null, null, [], []),
        Row(9, "kvinna", null, PlacementKind.Internal, "Förskola", Jan2027, null, null, null, [4], [4]),
        Row(10, "Icke-binär", 2002, PlacementKind.Internal, "  ", Jan2027, null, null, null, [1], []),
        Row(11, "Man", 2003, PlacementKind.Internal, "Förskola", Feb2026, Work, Work, Looking, [], [4]),
        Row(12, "Kvinna", 2004, PlacementKind.External, "Äldreomsorg", Aug2026, WorkAndStudies, null, null, [5], [5]),
    ];

    public static OutcomeReport Report() => OutcomeReport.Build(Rows, Today);

    public static OutcomeReportRow Row(
        int n, string? gender, int? birthYear, PlacementKind kind, string? department, DateOnly lastDay,
        OutcomeStatus? at3, OutcomeStatus? at6, OutcomeStatus? at12, int[] traineeRatings, int[] supervisorRatings) =>
        new(new Guid(n, 0, 0, new byte[8]), gender, birthYear, kind, department, lastDay, at3, at6, at12, traineeRatings, supervisorRatings);
}
