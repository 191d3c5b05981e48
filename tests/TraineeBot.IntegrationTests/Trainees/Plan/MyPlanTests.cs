using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.IntegrationTests.Trainees.Consent;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Plan;

/// <summary>"min plan" on Monday 23 November 2026 (fake clock).</summary>
public sealed class MyPlanTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly TraineeBotFactory bot = ConsentTestBed.NewBot(withInventory: false);

    [Theory]
    [InlineData("sv-SE", "min plan", "Min plan", "Du är på din traineeplats nu.", "måndag 2 november 2026", "lördag 1 maj 2027", "159 dagar", "måndag 1 februari 2027")]
    [InlineData("en-US", "my plan", "My plan", "You are at your placement now.", "Monday 2 November 2026", "Saturday 1 May 2027", "159 days", "Monday 1 February 2027")]
    public async Task A_trainee_at_a_placement_sees_the_people_the_dates_and_the_next_check_in(
        string locale, string ask, string title, string status, string first, string last, string daysLeft, string contractEnd)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale, placementStart: Today.AddDays(-21));
        var nextCheckIn = await NextCheckInAsync(f.Trainee.UserId);
        var lang = locale[..2];

        await ConsentTestBed.Consented(bot, f.TraineeUser)
            .Send(ask)
            .ExpectCard("my-plan", card =>
            {
                var text = card.AllText();
                Assert.Contains(title, text, StringComparison.Ordinal);
                Assert.Contains(status, text, StringComparison.Ordinal);
                Assert.Contains("Förskolan Solen (Förskoleförvaltningen)", text, StringComparison.Ordinal);
                Assert.Contains("Barnskötare", text, StringComparison.Ordinal);
                Assert.Contains("Maria Berg, 070-111 22 33", text, StringComparison.Ordinal);
                Assert.Contains("Karin Lind, 08-123 45 67, karin.lind@example.se", text, StringComparison.Ordinal);
                Assert.Contains(first, text, StringComparison.Ordinal);
                Assert.Contains(last, text, StringComparison.Ordinal);
                Assert.Contains(daysLeft, text, StringComparison.Ordinal);
                Assert.Contains(contractEnd, text, StringComparison.Ordinal);
                Assert.Contains(Core.Trainees.Plan.PlanDates.Format(lang, nextCheckIn), text, StringComparison.Ordinal);
            })
            .ExpectNothingMore();
    }

    [Theory]
    [InlineData("sv-SE", "Din traineeplats börjar om 7 dagar.", "måndag 30 november 2026")]
    [InlineData("en-US", "Your placement starts in 7 days.", "Monday 30 November 2026")]
    public async Task A_placement_that_has_not_started_says_when_it_starts(string locale, string status, string first)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale);

        await ConsentTestBed.Consented(bot, f.TraineeUser)
            .Send("plan")
            .ExpectCard("my-plan", card =>
            {
                Assert.Contains(status, card.AllText(), StringComparison.Ordinal);
                Assert.Contains(first, card.AllText(), StringComparison.Ordinal);
            })
            .ExpectNothingMore();
    }

    [Theory]
    [InlineData("sv-SE", "Du har ingen traineeplats ännu.")]
    [InlineData("en-US", "You do not have a placement yet.")]
    public async Task A_trainee_without_a_placement_is_told_so_and_who_their_coordinator_is(string locale, string status)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale, placementMonths: 0);

        await ConsentTestBed.Consented(bot, f.TraineeUser)
            .Send("min plan")
            .ExpectCard("my-plan", card =>
            {
                Assert.Contains(status, card.AllText(), StringComparison.Ordinal);
                Assert.Contains("Karin Lind, 08-123 45 67, karin.lind@example.se", card.AllText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Förskolan Solen", card.AllText(), StringComparison.Ordinal);
            })
            .ExpectNothingMore();
    }

    [Theory]
    [InlineData("sv-SE", "Din traineeplats slutade söndag 1 november 2026. Jag kan fråga dig senare hur det går för dig.")]
    [InlineData("en-US", "Your placement ended on Sunday 1 November 2026. I may ask you later how things are going for you.")]
    public async Task An_ended_trainee_is_told_when_it_ended(string locale, string status)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale, placementStart: new DateOnly(2026, 5, 2), placementMonths: 6);

        await ConsentTestBed.Consented(bot, f.TraineeUser)
            .Send("mitt schema")
            .ExpectCard("my-plan", card => Assert.Contains(status, card.AllText(), StringComparison.Ordinal))
            .ExpectNothingMore();
    }

    [Theory]
    [InlineData("sv-SE", "min plan", "\"Min plan\" är bara för trainees.")]
    [InlineData("en-US", "my plan", "\"My plan\" is only for trainees.")]
    public async Task Others_are_told_politely_that_the_plan_is_for_trainees(string locale, string ask, string answer)
    {
        await Conversation.For(bot, TeamsUser.New("Sam Lee", locale))
            .Install().ExpectCard("welcome")
            .Send(ask).ExpectReplyContaining(answer)
            .ExpectNothingMore();
    }

    private async Task<DateOnly> NextCheckInAsync(Guid traineeUserId)
    {
        await using var db = bot.OpenDatabase();
        var due = (await db.Schedules.AsNoTracking().Where(s => s.DefinitionId == "trainee-checkin" && s.RecipientUserId == traineeUserId).ToListAsync())
            .Single().NextDueUtc!.Value;
        return DateOnly.FromDateTime(StockholmTime.ToLocal(due).DateTime);
    }

    public void Dispose() => bot.Dispose();
}
