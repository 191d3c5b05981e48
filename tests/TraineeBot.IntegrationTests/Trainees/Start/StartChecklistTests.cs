using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Trainees.CheckIns;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Start;

/// <summary>The start checklist: at once, the day before at 16:00 and on the first morning an hour before the start, in virtual time.</summary>
public sealed class StartChecklistTests
{
    // Created Monday 23 November 2026 09:00; the placement starts Monday 30 November at 08:00.
    private static readonly DateOnly PlacementStart = new(2026, 11, 30);

    [Theory]
    [InlineData("sv-SE", "Du har fått en traineeplats!", "I morgon börjar du!", "I dag är din första dag!", "Solvägen 1, Tumba", "Jag är här")]
    [InlineData("en-US", "You have a placement!", "You start tomorrow!", "Today is your first day!", "Solvägen 1, Tumba", "I am here")]
    public async Task The_checklist_comes_at_once_the_day_before_at_four_and_on_the_first_morning_at_seven(
        string locale, string info, string dayBefore, string morning, string address, string arrived)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 11, 30, 7, 30));

        var cards = (await Outbox.OutboxTestBed.MessagesAsync(bed.Bot)).Where(m => m.Kind == "start-checklist").OrderBy(m => m.SentUtc).ToList();
        Assert.Equal(
            [TraineeBed.Local(2026, 11, 29, 16), TraineeBed.Local(2026, 11, 30, 7)],
            cards.Skip(1).Select(m => StockholmTime.ToLocal(m.SentUtc!.Value)));
        var sent = bed.SentTo(bed.Programme.TraineeUser).Where(a => a.Attachments?.FirstOrDefault()?.Name == "start-checklist")
            .Select(a => a.Attachments![0].Content!.VisibleText() + "\n" + Values(a.Attachments![0].Content!)).ToList();
        Assert.Equal(3, sent.Count);
        Assert.Contains(info, sent[0], StringComparison.Ordinal);
        Assert.Contains(address, sent[0], StringComparison.Ordinal);
        Assert.Contains("Maria Berg", sent[0], StringComparison.Ordinal);
        Assert.Contains("08:00", sent[0], StringComparison.Ordinal);
        Assert.DoesNotContain(arrived, sent[0], StringComparison.Ordinal);
        Assert.Contains(dayBefore, sent[1], StringComparison.Ordinal);
        Assert.Contains(morning, sent[2], StringComparison.Ordinal);
        Assert.Contains(arrived, sent[2], StringComparison.Ordinal);
    }

    private static string Values(System.Text.Json.Nodes.JsonNode card) => string.Join('\n',
        card["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "FactSet")
            .SelectMany(b => b!["facts"]!.AsArray().Select(f => f!["value"]!.GetValue<string>())));

    [Theory]
    [InlineData("sv-SE", "Vad bra", "redan noterat")]
    [InlineData("en-US", "Great", "already noted")]
    public async Task I_am_here_is_stored_and_thanked_and_twice_is_already_noted(string locale, string thanks, string already)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 11, 30, 7, 30));
        var data = new { verb = "start.arrived", placementId = bed.Programme.Placement!.Id.ToString() };
        await Conversation.For(bed.Bot, bed.Programme.TraineeUser).Then(() => { })
            .SubmitCard(data).Then(() => Assert.Contains(thanks, bed.SentTo(bed.Programme.TraineeUser)[^1].Text, StringComparison.Ordinal))
            .SubmitCard(data).Then(() => Assert.Contains(already, bed.SentTo(bed.Programme.TraineeUser)[^1].Text, StringComparison.Ordinal));

        await using var db = bed.Bot.OpenDatabase();
        Assert.Equal(TraineeBed.Local(2026, 11, 30, 7, 30), StockholmTime.ToLocal((await db.Placements.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).ArrivedUtc!.Value));
    }

    [Theory]
    [InlineData("sv-SE", "Vad har hänt", "Jag är sjuk", "Jag har sagt till Karin Lind", "redan noterat")]
    [InlineData("en-US", "What has happened", "I am ill", "I have told Karin Lind", "already noted")]
    public async Task I_cannot_come_opens_one_absence_case_for_the_coordinator_at_once_and_adds_the_reason(string locale, string why, string reason, string told, string already)
    {
        await using var bed = await TraineeBed.NewAsync(locale, PlacementStart);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 11, 30, 7, 30));
        var data = new { verb = "start.cannot-come", placementId = bed.Programme.Placement!.Id.ToString() };
        var last = () => bed.SentTo(bed.Programme.TraineeUser)[^1].Text ?? string.Empty;
        await Conversation.For(bed.Bot, bed.Programme.TraineeUser).Then(() => { })
            .SubmitCard(data).Then(() => Assert.Contains(why, last(), StringComparison.Ordinal))
            .Then(async () => Assert.Equal(CaseKind.Absence, Assert.Single(await bed.CasesAsync()).Kind)) // before any reason
            .Send(reason).Then(() => Assert.Contains(told, last(), StringComparison.Ordinal))
            .SubmitCard(data).Then(() => Assert.Contains(already, last(), StringComparison.Ordinal));

        var absence = Assert.Single(await bed.CasesAsync());
        Assert.Equal(CaseKind.Absence, absence.Kind);
        Assert.Equal([CaseAuthor.Bot, CaseAuthor.Trainee], absence.Messages.OrderBy(m => m.CreatedUtc).Select(m => m.Author));
        Assert.Equal(reason, absence.Messages.Single(m => m.Author == CaseAuthor.Trainee).Text);
        await bed.RunUntilAsync(bed.Now.AddMinutes(1));
        var cards = bed.SentTo(bed.Programme.CoordinatorUser).Where(a => a.Attachments?.FirstOrDefault()?.Name == "case-coordinator").ToList();
        Assert.NotEmpty(cards);
        Assert.Contains(reason, cards[^1].Attachments![0].Content!.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_trainees_placement_is_refused()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart);
        await Conversation.For(bed.Bot, bed.Programme.TraineeUser).Then(() => { })
            .SubmitCard(new { verb = "start.arrived", placementId = Guid.NewGuid().ToString() })
            .Then(() => Assert.Contains("hittar jag inte", bed.SentTo(bed.Programme.TraineeUser)[^1].Text, StringComparison.Ordinal));
        await using var db = bed.Bot.OpenDatabase();
        Assert.Null((await db.Placements.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).ArrivedUtc);
    }

    [Fact]
    public async Task Without_consent_no_checklist_is_sent()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", PlacementStart, consent: false);
        await bed.RunUntilAsync(TraineeBed.Local(2026, 11, 30, 7, 30));
        Assert.DoesNotContain(bed.SentTo(bed.Programme.TraineeUser), a => a.Attachments?.FirstOrDefault()?.Name == "start-checklist");
    }
}
