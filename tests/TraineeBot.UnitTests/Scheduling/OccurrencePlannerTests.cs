using TraineeBot.Core.Scheduling;
using static TraineeBot.UnitTests.Scheduling.SchedulingFixtures;

namespace TraineeBot.UnitTests.Scheduling;

public sealed class OccurrencePlannerTests
{
    private static readonly OccurrencePlanner Planner = new(Calendar);
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly DateTimeOffset LongAgo = Utc(2000, 1, 1, 0);

    [Fact]
    public void Every_14_days_from_the_start_until_the_end_skipping_Easter_Monday()
    {
        var anchors = Anchors(("start", ["2026-01-12"]), ("end", ["2026-04-30"]));

        var occurrences = All(new ScheduleRule.Every(14, Nine), anchors);

        Assert.Equal(
            [
                "2026-01-26 2026-01-26T08:00Z", "2026-02-09 2026-02-09T08:00Z", "2026-02-23 2026-02-23T08:00Z",
                "2026-03-09 2026-03-09T08:00Z", "2026-03-23 2026-03-23T08:00Z",
                "2026-04-06 2026-04-07T06:00Z", // Easter Monday: Tuesday at 08:00 (summer time)
                "2026-04-20 2026-04-20T07:00Z",
            ],
            occurrences.Select(Show));
    }

    [Fact]
    public void Every_rule_without_an_end_goes_on_and_without_a_start_has_nothing()
    {
        var rule = new ScheduleRule.Every(7, Nine);

        Assert.Equal(new DateOnly(2030, 1, 14), Planner.Next(rule, Anchors(("start", ["2026-01-12"])), new DateOnly(2030, 1, 10), LongAgo)!.NominalDate);
        Assert.Null(Planner.Next(rule, Anchors(("end", ["2026-04-30"])), null, LongAgo));
        Assert.Null(Planner.Next(rule, ScheduleAnchors.Empty, null, LongAgo));
    }

    [Fact]
    public void Every_rule_from_and_until_other_anchors()
    {
        var rule = new ScheduleRule.Every(7, Nine, From: "renewals", Until: "start");
        var anchors = Anchors(("renewals", ["2026-03-02", "2026-06-01"]), ("start", ["2026-03-20"]));

        Assert.Equal(["2026-03-09", "2026-03-16"], All(rule, anchors).Select(occurrence => occurrence.Key));
    }

    [Fact]
    public void Ten_working_days_before_each_renewal_across_Christmas()
    {
        var rule = new ScheduleRule.WorkingDaysBefore(10, "renewals", Nine);
        var anchors = Anchors(("renewals", ["2026-12-28", "2026-09-28"]));

        var occurrences = All(rule, anchors);

        Assert.Equal(
            [
                new Occurrence("2026-09-28", new DateOnly(2026, 9, 28), Local(2026, 9, 14, 9, 0)),
                new Occurrence("2026-12-28", new DateOnly(2026, 12, 28), Local(2026, 12, 10, 9, 0)),
            ],
            occurrences);
    }

    [Fact]
    public void Offsets_after_an_end_on_the_31st_keep_to_the_end_of_shorter_months()
    {
        var rule = new ScheduleRule.Offsets("end", [DateOffset.Parse("3 months"), DateOffset.Parse("6 months"), DateOffset.Parse("12 months")], new TimeOnly(10, 0));
        var anchors = Anchors(("end", ["2026-08-31"]));

        var occurrences = All(rule, anchors);

        Assert.Equal(
            [
                "2026-11-30 2026-11-30T09:00Z",
                "2027-02-28 2027-03-01T07:00Z", // a Sunday: Monday at 08:00
                "2027-08-31 2027-08-31T08:00Z",
            ],
            occurrences.Select(Show));
    }

    [Fact]
    public void The_day_before_the_start_is_a_negative_offset()
    {
        var rule = new ScheduleRule.Offsets("start", [DateOffset.Parse("-1 day")], Nine);

        var occurrence = Planner.Next(rule, Anchors(("start", ["2026-01-13"])), null, LongAgo);

        Assert.Equal(new Occurrence("2026-01-12", new DateOnly(2026, 1, 12), Local(2026, 1, 12, 9, 0)), occurrence);
    }

    [Fact]
    public void A_check_in_on_midsummer_eve_goes_out_at_8_on_the_next_working_day()
    {
        var rule = new ScheduleRule.Every(7, Nine);
        var anchors = Anchors(("start", ["2026-06-12"]), ("end", ["2026-06-26"]));

        var occurrences = All(rule, anchors);

        Assert.Equal(["2026-06-19 2026-06-22T06:00Z", "2026-06-26 2026-06-26T07:00Z"], occurrences.Select(Show));
    }

    [Fact]
    public void After_three_weeks_away_only_the_latest_check_in_is_sent()
    {
        var rule = new ScheduleRule.Every(7, Nine);
        var anchors = Anchors(("start", ["2026-01-05"]), ("end", ["2026-02-16"]));
        AwayPeriod[] away = [new(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 30))];

        var occurrences = All(rule, anchors, away);

        // 12, 19 and 26 January fall in the away period and would all go out on Monday 2 February: they are superseded
        // by the check-in of 2 February itself.
        Assert.Equal(["2026-02-02 2026-02-02T08:00Z", "2026-02-09 2026-02-09T08:00Z", "2026-02-16 2026-02-16T08:00Z"], occurrences.Select(Show));
    }

    [Fact]
    public void A_daily_message_does_not_send_the_weekend_ones_on_Monday()
    {
        var rule = new ScheduleRule.Every(1, Nine);
        var anchors = Anchors(("start", ["2026-06-11"]), ("end", ["2026-06-23"]));

        var occurrences = All(rule, anchors);

        // 19 June (midsommarafton), 20 and 21 would all go out on Monday 22 June, which has its own.
        Assert.Equal(["2026-06-12", "2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-22", "2026-06-23"], occurrences.Select(occurrence => occurrence.Key));
    }

    [Fact]
    public void Renewals_whose_reminders_fall_on_the_same_day_give_one_reminder()
    {
        var rule = new ScheduleRule.WorkingDaysBefore(3, "renewals", Nine);
        var anchors = Anchors(("renewals", ["2026-12-28", "2026-12-29"]));

        // 3 working days before the 28th is the 21st, before the 29th the 22nd: two days, two reminders.
        Assert.Equal(["2026-12-28", "2026-12-29"], All(rule, anchors).Select(occurrence => occurrence.Key));

        // 3 working days before the 26th and before the 27th are both the 21st: one reminder, for the later renewal.
        var sameDay = Anchors(("renewals", ["2026-12-26", "2026-12-27"]));
        Assert.Equal(["2026-12-27"], All(rule, sameDay).Select(occurrence => occurrence.Key));
    }

    [Fact]
    public void Not_before_skips_what_is_already_past_and_after_nominal_walks_on()
    {
        var rule = new ScheduleRule.Every(14, Nine);
        var anchors = Anchors(("start", ["2026-01-12"]), ("end", ["2026-04-30"]));

        Assert.Equal("2026-03-09", Planner.Next(rule, anchors, null, Local(2026, 2, 23, 9, 1))!.Key);
        Assert.Equal("2026-02-23", Planner.Next(rule, anchors, null, Local(2026, 2, 23, 9, 0))!.Key);
        Assert.Equal("2026-04-06", Planner.Next(rule, anchors, new DateOnly(2026, 3, 23), LongAgo)!.Key);
        Assert.Null(Planner.Next(rule, anchors, new DateOnly(2026, 4, 20), LongAgo));
        Assert.Null(Planner.Next(rule, anchors, null, Local(2026, 4, 21, 9, 0)));
    }

    [Fact]
    public void Away_until_the_end_of_the_calendar_means_no_more_occurrences()
    {
        var rule = new ScheduleRule.Every(7, Nine);
        AwayPeriod[] away = [new(new DateOnly(2026, 3, 1), DateOnly.MaxValue)];

        Assert.Null(Planner.Next(rule, Anchors(("start", ["2026-03-02"])), null, LongAgo, away));
    }

    [Fact]
    public void Rules_that_make_no_sense_are_refused()
    {
        var anchors = Anchors(("start", ["2026-01-12"]), ("renewals", ["2026-03-02"]));

        Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Next(new ScheduleRule.Every(0, Nine), anchors, null, LongAgo));
        Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Next(new ScheduleRule.WorkingDaysBefore(-1, "renewals", Nine), anchors, null, LongAgo));
    }

    internal static ScheduleAnchors Anchors(params (string Name, string[] Dates)[] anchors) =>
        new(anchors.ToDictionary(
            anchor => anchor.Name,
            anchor => (IReadOnlyList<DateOnly>)[.. anchor.Dates.Select(date => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]));

    private static List<Occurrence> All(ScheduleRule rule, ScheduleAnchors anchors, AwayPeriod[]? away = null)
    {
        var occurrences = new List<Occurrence>();
        DateOnly? after = null;
        while (Planner.Next(rule, anchors, after, LongAgo, away) is { } occurrence)
        {
            occurrences.Add(occurrence);
            after = occurrence.NominalDate;
        }

        return occurrences;
    }

    private static string Show(Occurrence occurrence) => $"{occurrence.Key} {occurrence.DueUtc.UtcDateTime:yyyy-MM-ddTHH:mm}Z";
}
