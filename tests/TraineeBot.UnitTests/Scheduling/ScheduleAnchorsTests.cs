using System.Text.Json;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.UnitTests.Scheduling;

public sealed class ScheduleAnchorsTests
{
    [Fact]
    public void Anchors_are_sorted_and_distinct_and_absent_names_have_no_dates()
    {
        var anchors = OccurrencePlannerTests.Anchors(("renewals", ["2026-06-01", "2026-03-02", "2026-06-01"]), ("end", []));

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 1)], anchors.Get("renewals"));
        Assert.Empty(anchors.Get("end"));
        Assert.Empty(anchors.Get("start"));
        Assert.Equal(["renewals"], anchors.Names);
        Assert.Empty(ScheduleAnchors.Empty.Get("start"));
    }

    [Fact]
    public void Anchors_round_trip_through_json()
    {
        var anchors = OccurrencePlannerTests.Anchors(("start", ["2026-01-12"]), ("renewals", ["2026-06-01", "2026-03-02"]), ("end", ["2026-12-31"]));

        var json = anchors.ToJson();
        var back = ScheduleAnchors.FromJson(json);

        Assert.Equal("""{"end":["2026-12-31"],"renewals":["2026-03-02","2026-06-01"],"start":["2026-01-12"]}""", json);
        Assert.Equal(json, back.ToJson());
        Assert.Equal(anchors.Get("renewals"), back.Get("renewals"));
        Assert.Equal("{}", ScheduleAnchors.Empty.ToJson());
        Assert.Equal(new DateOnly(2027, 1, 1), ScheduleAnchors.FromJson("""{"start":["2027-01-01"],"end":null}""").Get("start")[0]);
        Assert.Empty(ScheduleAnchors.FromJson("""{"end":null}""").Names);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"start":"2026-01-12"}""")]
    [InlineData("""{"start":["12/01/2026"]}""")]
    public void Anchors_refuse_json_of_another_shape(string json) =>
        Assert.ThrowsAny<JsonException>(() => ScheduleAnchors.FromJson(json));

    [Fact]
    public void With_sets_or_removes_one_name()
    {
        var anchors = ScheduleAnchors.Empty.With("start", new DateOnly(2026, 1, 12)).With("end", new DateOnly(2026, 12, 31));

        Assert.Equal([new DateOnly(2026, 1, 12)], anchors.Get("start"));
        Assert.Equal(["end"], anchors.With("start").Names);
    }
}
