using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.CheckIns;

/// <summary>The trainee's check-ins through the scheduler, the outbox and the conversation, in virtual time (Stockholm).</summary>
public sealed class CheckInTests
{
    // Monday 23 November 2026 09:00; the placement starts Monday 30 November, so check-ins come 14 and 28 December, 11 January.
    private static readonly DateOnly PlacementStart = new(2026, 11, 30);

    [Theory]
    [InlineData("sv-SE", "lagom", "nej", "Tack för dina svar")]
    [InlineData("en-US", "just right", "no", "Thank you for your answers")]
    public async Task Three_check_ins_arrive_at_nine_every_fourteen_days_from_two_weeks_after_the_start_and_each_answer_is_stored(string locale, string good, string no, string thanks)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart);
        foreach (var day in new[] { new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 11) })
        {
            await bed.RunUntilAsync(TraineeBed.Local(day.Year, day.Month, day.Day, 10));
            var checkIns = await bed.CheckInsAsync();
            var latest = checkIns[^1];
            Assert.Equal(TraineeBed.Local(day.Year, day.Month, day.Day, 9), StockholmTime.ToLocal(latest.SentUtc!.Value));
            Assert.Equal(CheckInStatus.Open, latest.Status);
            Assert.Equal(bed.Programme.Trainee.UserId, latest.RespondentUserId);
            Assert.NotNull(latest.DialogRunId);
            Assert.Equal(latest.SentUtc!.Value.AddDays(14), latest.ClosesUtc);

            var trainee = await AtLatestQuestionAsync(bed);
            await trainee
                .Send("4").ExpectCard("dialog-question")
                .Send("5").ExpectCard("dialog-question")
                .Send(good).ExpectCard("dialog-question")
                .Send(no).ExpectCard("dialog-question")
                .Send(no).ExpectCard("dialog-question")
                .Send(no).ExpectReplyContaining(thanks);
            var answered = (await bed.CheckInsAsync())[^1];
            Assert.Equal(CheckInStatus.Answered, answered.Status);
            Assert.False(answered.Flagged);
            Assert.Contains("\"mood\":4", answered.AnswersJson!, StringComparison.Ordinal);
        }

        Assert.Equal(3, (await bed.CheckInsAsync()).Count);
        Assert.Empty(await bed.CasesAsync());
    }

    [Theory]
    [InlineData("sv-SE", "Jag blir mobbad av en kollega", "ja", "Någon hör av sig till dig snart")]
    [InlineData("en-US", "I am bullied by a colleague", "yes", "Someone will get in touch with you soon")]
    public async Task A_low_score_and_a_flag_word_open_a_red_flag_case_for_the_coordinator_and_the_trainee_is_told(string locale, string difficulty, string yes, string told)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 14, 10));
        var trainee = await AtLatestQuestionAsync(bed);

        await trainee
            .Send("2").ExpectReply(_ => { })
            .Send("4").ExpectReply(_ => { })
            .Send("3").ExpectReply(_ => { })       // too much
            .Send(yes).ExpectReply(_ => { })
            .Send(difficulty).ExpectReply(_ => { })
            .Send(yes).ExpectReply(_ => { })
            .Send("Hej").ExpectReply(_ => { })
            .Send(yes).ExpectReplyContaining(told);

        var checkIn = (await bed.CheckInsAsync())[^1];
        Assert.True(checkIn.Flagged);
        Assert.Equal(4, checkIn.FlagReasons!.Split('\n').Length);   // low mood, talk, workload + difficult, a word
        var redFlag = Assert.Single(await bed.CasesAsync());
        Assert.Equal(CaseKind.RedFlag, redFlag.Kind);
        Assert.Equal(checkIn.Id, redFlag.CheckInId);

        await bed.RunUntilAsync(bed.Now.AddMinutes(1));
        var card = Assert.Single(bed.SentTo(bed.Programme.CoordinatorUser), a => a.Attachments?.FirstOrDefault()?.Name == "case-coordinator");
        Assert.Contains(difficulty, card.Attachments![0].Content!.VisibleText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv-SE", "Påminnelse", "har inte svarat")]
    [InlineData("en-US", "Reminder", "har inte svarat")]
    public async Task Unanswered_a_reminder_comes_after_two_working_days_and_the_coordinator_is_alerted_after_five(string locale, string reminder, string alert)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 22, 12));

        var reminderCard = Assert.Single(bed.SentTo(bed.Programme.TraineeUser), a => a.Attachments?.FirstOrDefault()?.Name == "checkin-reminder");
        Assert.Contains(reminder, reminderCard.Attachments![0].Content!.VisibleText(), StringComparison.Ordinal);
        var checkIn = (await bed.CheckInsAsync())[^1];
        Assert.Equal(1, checkIn.Reminders);
        Assert.Equal(TraineeBed.Local(2026, 12, 16, 9), StockholmTime.ToLocal(checkIn.LastRemindedUtc!.Value));   // Mon → Wed
        Assert.Equal(CheckInStatus.Unanswered, checkIn.Status);
        var alerted = Assert.Single(bed.SentTo(bed.Programme.CoordinatorUser), a => a.Text?.Contains(alert, StringComparison.Ordinal) == true);
        Assert.Contains(bed.Programme.Trainee.Name, alerted.Text, StringComparison.Ordinal);

        // The trainee can still answer after the alert: the reminder's button continues the check-in.
        var trainee = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        await trainee.Then(() => { }).SubmitCard(new { verb = "checkin.continue", checkInId = checkIn.Id.ToString() });
        Assert.Contains(bed.SentTo(bed.Programme.TraineeUser).Skip(1), a => a.Attachments?.FirstOrDefault()?.Name == "dialog-question");
    }

    [Fact]
    public async Task An_answered_check_in_gets_no_reminder_or_alert_and_an_old_reminder_says_it_is_answered()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 14, 10));
        var trainee = await AtLatestQuestionAsync(bed);
        await trainee.Send("4").ExpectCard("dialog-question").Send("4").ExpectCard("dialog-question").Send("lagom").ExpectCard("dialog-question")
            .Send("nej").ExpectCard("dialog-question").Send("nej").ExpectCard("dialog-question").Send("nej").ExpectReplyContaining("Tack");
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 23, 12));

        Assert.DoesNotContain(bed.SentTo(bed.Programme.TraineeUser), a => a.Attachments?.FirstOrDefault()?.Name == "checkin-reminder");
        Assert.DoesNotContain(bed.SentTo(bed.Programme.CoordinatorUser), a => a.Text?.Contains("har inte svarat", StringComparison.Ordinal) == true);
        var checkIn = (await bed.CheckInsAsync())[^1];
        await trainee.SubmitCard(new { verb = "checkin.continue", checkInId = checkIn.Id.ToString() }).ExpectReplyContaining("redan svarat");
    }

    [Fact]
    public async Task The_next_check_in_closes_the_old_one_and_its_old_reminder_says_it_is_closed()
    {
        await using var bed = await TraineeBed.NewAsync("en-US", PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 28, 10));
        var checkIns = await bed.CheckInsAsync();
        Assert.Equal([CheckInStatus.Closed, CheckInStatus.Open], checkIns.Select(c => c.Status));

        var trainee = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        var before = bed.SentTo(bed.Programme.TraineeUser).Count;
        await trainee.Then(() => { }).SubmitCard(new { verb = "checkin.continue", checkInId = checkIns[0].Id.ToString() });
        Assert.Contains("This check-in is closed", bed.SentTo(bed.Programme.TraineeUser)[before].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_consent_or_without_a_placement_no_check_in_is_sent_or_stored()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart, consent: false);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 15, 10));
        Assert.Empty(await bed.CheckInsAsync());
        Assert.DoesNotContain(bed.SentTo(bed.Programme.TraineeUser), a => a.Attachments?.FirstOrDefault()?.Name == "dialog-question");

        await using var none = await TraineeBed.NewAsync("sv-SE", PlacementStart, months: 0);
        await none.RunUntilAsync(TraineeBed.Local(2026, 12, 15, 10));
        Assert.Empty(await none.CheckInsAsync());
    }

    [Fact]
    public async Task A_check_in_that_comes_during_another_dialog_waits_and_starts_when_that_dialog_ends()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart);
        var trainee = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        await trainee.ExpectCard("welcome").Send("tyck till").ExpectCard("dialog-question");
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 14, 10));
        var checkIn = (await bed.CheckInsAsync())[^1];
        Assert.Null(checkIn.DialogRunId);
        Assert.Contains(bed.SentTo(bed.Programme.TraineeUser), a => a.Text?.Contains("Jag frågar när du är klar", StringComparison.Ordinal) == true);

        await trainee.Send("avbryt");
        Assert.NotNull((await bed.CheckInsAsync())[^1].DialogRunId);
        Assert.Contains(bed.SentTo(bed.Programme.TraineeUser), a => a.Text?.Contains("Nu kommer din check-in", StringComparison.Ordinal) == true);
    }

    /// <summary>A fresh conversation with the trainee that has read everything up to the latest question.</summary>
    [Fact]
    public async Task A_button_on_an_earlier_check_ins_card_is_never_taken_as_an_answer_to_the_next_one()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 14, 10));
        var first = LatestQuestionRun(bed);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 28, 10));   // unanswered; the next check-in closes it
        var second = LatestQuestionRun(bed);
        Assert.NotEqual(first, second);

        var trainee = await AtLatestQuestionAsync(bed);
        await trainee
            .PressButton("4", new { dialogRun = first }).ExpectReplyContaining("redan är avslutat")
            .Then(() => bed.Bot.Clock!.Advance(TimeSpan.FromHours(20)))   // a button press is an answer however late
            .PressButton("4", new { dialogRun = second }).ExpectCard("dialog-question", card =>
                Assert.Contains("Hur mycket stöd", card.VisibleText(), StringComparison.Ordinal));

        await using var db = bed.Bot.OpenDatabase();
        var runs = await db.DialogRuns.AsNoTracking().ToDictionaryAsync(r => r.Id.ToString(), r => r.StateJson, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("\"mood\"", runs[first], StringComparison.Ordinal);
        Assert.Contains("\"mood\"", runs[second], StringComparison.Ordinal);
    }

    /// <summary>The run id the newest question card's buttons carry.</summary>
    private static string LatestQuestionRun(TraineeBed bed) =>
        bed.SentTo(bed.Programme.TraineeUser).Last(a => a.Attachments?.FirstOrDefault()?.Name == "dialog-question")
            .Attachments![0].Content!["actions"]![0]!["data"]!["msteams"]!["value"]!["dialogRun"]!.GetValue<string>();

    internal static async Task<Conversation> AtLatestQuestionAsync(TraineeBed bed)
    {
        var trainee = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        var index = bed.SentTo(bed.Programme.TraineeUser).ToList().FindLastIndex(a => a.Attachments?.FirstOrDefault()?.Name == "dialog-question");
        for (var i = 0; i <= index; i++)
        {
            _ = trainee.ExpectReply(_ => { });
        }

        await trainee;
        return trainee;
    }
}
