using System.Text.Json.Nodes;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Programme;

namespace TraineeBot.UnitTests.Coordinators.Alerts;

/// <summary>What goes in a coordinator's morning digest, from a snapshot of their caseload (pure).</summary>
public sealed class CoordinatorDigestTests
{
    /// <summary>Tuesday 16 February 2027.</summary>
    private static readonly DateOnly Today = new(2027, 2, 16);

    private static readonly Guid Amira = Guid.Parse("0192f5a0-0000-7000-8000-0000000000a1");
    private static readonly Guid Elin = Guid.Parse("0192f5a0-0000-7000-8000-0000000000a2");

    private static DigestPlacement Placement(Guid id, string name, PlacementKind kind, DateOnly start, DateOnly end, params DateOnly[] periods) =>
        new(id, name, kind, start, end, [start, .. periods]);

    [Fact]
    public void Nothing_to_say_gives_an_empty_digest()
    {
        // A placement far from any renewal, end or limit says nothing.
        var quiet = new DigestSnapshot([Placement(Amira, "Amira Hassan", PlacementKind.Internal, new(2026, 11, 30), new(2027, 11, 29), new DateOnly(2027, 5, 30))], [], [], []);

        Assert.True(CoordinatorDigest.Build(DigestSnapshot.Empty, Today).IsEmpty);
        Assert.True(CoordinatorDigest.Build(quiet, Today).IsEmpty);
    }

    [Fact]
    public void A_renewal_is_listed_from_14_days_before_and_the_placements_own_start_is_no_renewal()
    {
        DigestModel On(DateOnly renewal) => CoordinatorDigest.Build(
            new DigestSnapshot([Placement(Amira, "Amira Hassan", PlacementKind.Internal, new(2026, 11, 30), new(2027, 11, 29), renewal)], [], [], []), Today);

        Assert.Equal(new DateOnly(2027, 3, 2), Assert.Single(On(new(2027, 3, 2)).Lines, l => l.Section == DigestSection.Renewals).Date);
        Assert.Empty(On(new(2027, 3, 3)).Lines);
        var starting = CoordinatorDigest.Build(
            new DigestSnapshot([Placement(Amira, "Amira Hassan", PlacementKind.Internal, Today.AddDays(3), Today.AddDays(200))], [], [], []), Today);
        Assert.True(starting.IsEmpty);
    }

    [Fact]
    public void A_placement_ending_within_30_days_is_listed_and_an_external_one_asks_for_new_candidates()
    {
        var snapshot = new DigestSnapshot(
            [
                Placement(Amira, "Amira Hassan", PlacementKind.Internal, new(2026, 11, 30), Today.AddDays(30)),
                Placement(Elin, "Elin Svensson", PlacementKind.External, new(2026, 12, 1), Today.AddDays(10)),
                Placement(Guid.NewGuid(), "Far Away", PlacementKind.External, new(2026, 12, 1), Today.AddDays(31)),
            ],
            [], [], []);

        var ending = CoordinatorDigest.Build(snapshot, Today).Lines.Where(l => l.Section == DigestSection.Ending).ToList();

        Assert.Equal([("Elin Svensson", true), ("Amira Hassan", false)], ending.Select(l => (l.TraineeName, l.ProposeCandidates)));
    }

    [Fact]
    public void The_12_and_18_month_limits_are_listed_within_30_days_of_the_maximum()
    {
        var external = Placement(Amira, "Amira Hassan", PlacementKind.External, new(2026, 3, 10), new(2027, 3, 9));
        var internalNear = Placement(Elin, "Elin Svensson", PlacementKind.Internal, new(2025, 9, 10), new(2027, 3, 9));
        var internalFar = Placement(Guid.NewGuid(), "Far Away", PlacementKind.Internal, new(2026, 3, 10), new(2027, 9, 9));

        var limits = CoordinatorDigest.Build(new DigestSnapshot([external, internalNear, internalFar], [], [], []), Today)
            .Lines.Where(l => l.Section == DigestSection.LimitsNear).ToList();

        Assert.Equal(
            [("Amira Hassan", new DateOnly(2027, 3, 9), "12"), ("Elin Svensson", new DateOnly(2027, 3, 9), "18")],
            limits.Select(l => (l.TraineeName, l.Date, l.Detail!)));
    }

    [Fact]
    public void Cases_unanswered_check_ins_and_unreachable_people_are_listed_in_sections_in_order()
    {
        var snapshot = new DigestSnapshot(
            [],
            [new DigestCheckIn(Amira, "Amira Hassan", CheckInKinds.Supervisor, new(2027, 2, 3))],
            [new DigestCase(Elin, "Elin Svensson", CaseKind.HelpRequest, new(2027, 2, 15)), new DigestCase(Amira, "Amira Hassan", CaseKind.RedFlag, new(2027, 2, 14))],
            [new DigestUnreachable(Elin, "Elin Svensson", "Maria Berg", new(2027, 2, 15)), new DigestUnreachable(Elin, "Elin Svensson", "Maria Berg", new(2027, 2, 16))]);

        var digest = CoordinatorDigest.Build(snapshot, Today);

        Assert.Equal(
            [DigestSection.RedFlags, DigestSection.HelpRequests, DigestSection.UnansweredCheckIns, DigestSection.Unreachable],
            digest.Lines.Select(l => l.Section));
        Assert.Equal(new DateOnly(2027, 2, 16), digest.Lines[^1].Date);
    }

    [Fact]
    public void The_card_has_a_drill_down_button_per_line_in_the_coordinators_language()
    {
        var snapshot = new DigestSnapshot(
            [Placement(Elin, "Elin Svensson", PlacementKind.External, new(2026, 12, 1), new(2027, 3, 1))],
            [], [new DigestCase(Amira, "Amira Hassan", CaseKind.RedFlag, new(2027, 2, 14))], []);
        var digest = CoordinatorDigest.Build(snapshot, Today);

        var sv = DigestCard.Data(digest, "sv");
        var en = DigestCard.Data(digest, "en");

        Assert.Equal("God morgon! Det här behöver du titta på i dag", sv["title"]!.GetValue<string>());
        Assert.Equal("Din grupp · tisdag 16 februari", sv["subtitle"]!.GetValue<string>());
        Assert.Equal(["Röda flaggor (1)", "Slutar inom 30 dagar (1)"], Titles(sv));
        Assert.Equal(["Red flags (1)", "Ending within 30 days (1)"], Titles(en));
        var items = sv["sections"]!.AsArray().SelectMany(s => s!["items"]!.AsArray()).Select(i => i!.AsObject()).ToList();
        Assert.Equal(["Amira Hassan · sedan 14 februari", "Elin Svensson · slutar 1 mars – föreslå nya kandidater"], items.Select(i => i["text"]!.GetValue<string>()));
        Assert.Equal([Amira.ToString(), Elin.ToString()], items.Select(i => i["traineeId"]!.GetValue<string>()));
        Assert.Equal("Show", en["button"]!.GetValue<string>());
    }

    [Fact]
    public void A_long_section_shows_ten_lines_and_counts_the_rest()
    {
        var cases = Enumerable.Range(1, 13).Select(i => new DigestCase(Guid.NewGuid(), $"Trainee {i:00}", CaseKind.HelpRequest, Today)).ToList();

        var card = DigestCard.Data(CoordinatorDigest.Build(new DigestSnapshot([], [], cases, []), Today), "sv");

        var section = Assert.Single(card["sections"]!.AsArray())!;
        Assert.Equal(10, section["items"]!.AsArray().Count);
        Assert.Equal("… och 3 till", section["more"]!.GetValue<string>());
        Assert.Equal("Öppna hjälpärenden och frågor (13)", section["title"]!.GetValue<string>());
    }

    private static List<string> Titles(JsonObject card) => [.. card["sections"]!.AsArray().Select(s => s!["title"]!.GetValue<string>())];
}
