using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.CheckIns;

/// <summary>The follow-ups 3, 6 and 12 months after the period, in virtual time.</summary>
public sealed class AfterProgrammeTests
{
    // A one-month placement from Monday 30 November 2026: the last day is Tuesday 29 December 2026. Three months later is
    // Easter Monday (29 March 2027), so the follow-up comes the next working day at the start of the working day, 08:00.
    private static readonly DateOnly PlacementStart = new(2026, 11, 30);

    [Theory]
    [InlineData("sv-SE", "jobbar", "ja", "Tack! Lycka till")]
    [InlineData("en-US", "working", "yes", "Thank you! Good luck")]
    public async Task The_three_month_follow_up_comes_at_ten_on_the_right_day_and_stores_an_outcome(string locale, string work, string yes, string thanks)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart, months: 1);
        await bed.RunUntilAsync(TraineeBed.Local(2027, 3, 30, 9));

        var followUp = Assert.Single(await bed.CheckInsAsync(), c => c.Kind == CheckInKinds.AfterProgramme);
        Assert.Equal("3m", followUp.OccurrenceKey);
        Assert.Equal(TraineeBed.Local(2027, 3, 30, 8), StockholmTime.ToLocal(followUp.SentUtc!.Value));
        var trainee = await CheckInTests.AtLatestQuestionAsync(bed);
        await trainee.Send(work).ExpectReply(_ => { }).Send("4").ExpectReply(_ => { }).Send(yes).ExpectReplyContaining(thanks);

        await using var db = bed.Bot.OpenDatabase();
        var outcome = await db.Outcomes.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((3, OutcomeStatus.Work, (int?)4, true, (Guid?)followUp.Id), (outcome.MonthsAfter, outcome.Status, outcome.Certainty, outcome.MayAskAgain, outcome.CheckInId));
        Assert.Equal(CheckInStatus.Answered, (await bed.CheckInsAsync()).Single(c => c.Id == followUp.Id).Status);
    }

    [Theory]
    [InlineData("sv-SE", "söker jobb", "nej")]
    [InlineData("en-US", "looking for work", "no")]
    public async Task May_we_ask_again_no_ends_the_follow_ups(string locale, string looking, string no)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart, months: 1);
        await bed.RunUntilAsync(TraineeBed.Local(2027, 3, 30, 9));
        var trainee = await CheckInTests.AtLatestQuestionAsync(bed);
        await trainee.Send(looking).ExpectReply(_ => { }).Send(no).ExpectReply(_ => { });

        await bed.RunUntilAsync(TraineeBed.Local(2028, 1, 31, 12));
        Assert.Single(await bed.CheckInsAsync(), c => c.Kind == CheckInKinds.AfterProgramme);
        await using var db = bed.Bot.OpenDatabase();
        var schedule = await db.Schedules.AsNoTracking().SingleAsync(s => s.DefinitionId == "after-programme", TestContext.Current.CancellationToken);
        Assert.Equal(ScheduleStatus.Ended, schedule.Status);
        Assert.False((await db.Outcomes.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).MayAskAgain);
    }

    [Fact]
    public async Task An_unanswered_follow_up_gets_one_reminder_then_is_left_alone_and_an_ended_trainee_gets_no_more_check_ins()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart, months: 1);
        await bed.RunUntilAsync(TraineeBed.Local(2027, 6, 1, 12));

        var checkIns = await bed.CheckInsAsync();
        Assert.All(checkIns.Where(c => c.Kind == CheckInKinds.Trainee), c => Assert.True(c.DueUtc < TraineeBed.Local(2026, 12, 30, 0)));
        var followUp = Assert.Single(checkIns, c => c.Kind == CheckInKinds.AfterProgramme);
        Assert.Equal(1, followUp.Reminders);
        Assert.Equal(TraineeBed.Local(2027, 4, 6, 8), StockholmTime.ToLocal(followUp.LastRemindedUtc!.Value));   // 5 working days later
        Assert.Equal(CheckInStatus.Open, followUp.Status);   // no coordinator alert for follow-ups
        Assert.DoesNotContain(await Outbox.OutboxTestBed.MessagesAsync(bed.Bot), m => m.IdempotencyKey == $"checkin:{followUp.Id}:alert");
        Assert.Equal(CheckInStatus.Closed, checkIns.Single(c => c.DueUtc < TraineeBed.Local(2026, 12, 29, 0) && c.DueUtc > TraineeBed.Local(2026, 12, 20, 0)).Status);
    }
}
