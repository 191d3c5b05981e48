using System.Text;
using Microsoft.EntityFrameworkCore;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Trainees.CheckIns;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Journey;

/// <summary>
/// One trainee's whole journey in virtual time, in Swedish and in English: install, consent, the interest inventory,
/// the start checklist and "I am here", three check-ins, a help request the coordinator answers, the end of the
/// placement and the 3-month follow-up. Prints the trainee's whole transcript for review.
/// </summary>
public sealed class TraineeJourneyTests
{
    // Monday 23 November 2026 09:00; a two-month placement from Monday 30 November 2026 to Friday 29 January 2027.
    private static readonly DateOnly PlacementStart = new(2026, 11, 30);

    public static TheoryData<JourneyScript> Scripts() => new(JourneyScript.Swedish, JourneyScript.English);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_trainee_goes_from_intake_to_the_three_month_follow_up_and_nothing_they_typed_is_lost(JourneyScript script)
    {
        await using var bed = await TraineeBed.NewAsync(script.Locale, PlacementStart, months: 2, consent: false, install: false);
        var journey = new Transcript(bed);
        await Conversation.For(bed.Bot, bed.Programme.CoordinatorUser).Install();

        // Intake: consent, then the interest inventory starts by itself.
        await journey.InstallAsync();
        Assert.Contains(script.ConsentQuestion, journey.Last());
        await journey.SubmitAsync(new { verb = "consent.give" });
        Assert.Contains(script.InventoryFirstQuestion, journey.Recent(3)); // thanks, the first question, the consent card updated in place
        foreach (var answer in script.InventoryAnswers)
        {
            await journey.SayAsync(answer);
        }

        Assert.Contains(script.InventoryDone, journey.Recent(2));

        // The start: the reminder the day before and the card on the first morning; "I am here".
        await bed.RunUntilAsync(TraineeBed.Local(2026, 11, 30, 7, 30));
        Assert.Contains(script.StartCard, journey.Last());
        await journey.SubmitAsync(new { verb = "start.arrived", placementId = bed.Programme.Placement!.Id.ToString() });

        // Three check-ins, every other week; during the second, a help request the coordinator answers.
        foreach (var day in new[] { 14, 28 })
        {
            await bed.RunUntilAsync(TraineeBed.Local(2026, 12, day, 10));
            foreach (var answer in script.CheckInAnswers)
            {
                await journey.SayAsync(answer);
            }

            Assert.Contains(script.CheckInThanks, journey.Last());
        }

        await journey.SayAsync(script.HelpRequest);
        Assert.Contains(script.HelpReceived, journey.Last());
        await bed.RunUntilAsync(bed.Now.AddMinutes(1));
        var caseId = (await bed.CasesAsync()).Single().Id.ToString();
        await Conversation.For(bed.Bot, bed.Programme.CoordinatorUser).ExecuteCard("case.reply", new { caseId, reply = script.CoordinatorReply });
        await bed.RunUntilAsync(bed.Now.AddMinutes(1));
        Assert.Contains(script.CoordinatorReply, journey.Last());

        await bed.RunUntilAsync(TraineeBed.Local(2027, 1, 11, 10));
        foreach (var answer in script.CheckInAnswers)
        {
            await journey.SayAsync(answer);
        }

        // After the period: the 3-month follow-up (29 April 2027, 10:00).
        await bed.RunUntilAsync(TraineeBed.Local(2027, 4, 29, 11));
        foreach (var answer in script.FollowUpAnswers)
        {
            await journey.SayAsync(answer);
        }

        Assert.Contains(script.FollowUpThanks, journey.Last());
        TestContext.Current.TestOutputHelper?.WriteLine(journey.ToString());

        await using var db = bed.Bot.OpenDatabase();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(ConsentDecision.Given, (await db.Consents.AsNoTracking().SingleAsync(ct)).Decision);
        Assert.Single(await db.InterestProfiles.AsNoTracking().ToListAsync(ct));
        Assert.NotNull((await db.Placements.AsNoTracking().SingleAsync(ct)).ArrivedUtc);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.Kind == CheckInKinds.Trainee).ToListAsync(ct);
        Assert.Equal(3, checkIns.Count(c => c.Status == CheckInStatus.Answered));
        var help = await db.Cases.AsNoTracking().Include(c => c.Messages).SingleAsync(ct);
        Assert.Contains(help.Messages, m => m.Author == CaseAuthor.Trainee && m.Text == script.HelpRequest);
        Assert.Contains(help.Messages, m => m.Author == CaseAuthor.Coordinator && m.Text == script.CoordinatorReply);
        var outcome = await db.Outcomes.AsNoTracking().SingleAsync(ct);
        Assert.Equal((3, OutcomeStatus.Work), (outcome.MonthsAfter, outcome.Status));
    }

    /// <summary>What the trainee says and what they should see, in one language.</summary>
    public sealed record JourneyScript(
        string Locale,
        string ConsentQuestion,
        string InventoryFirstQuestion,
        string[] InventoryAnswers,
        string InventoryDone,
        string StartCard,
        string[] CheckInAnswers,
        string CheckInThanks,
        string HelpRequest,
        string HelpReceived,
        string CoordinatorReply,
        string[] FollowUpAnswers,
        string FollowUpThanks)
    {
        public static readonly JourneyScript Swedish = new(
            "sv-SE",
            "Är det okej att jag sparar dina svar",
            "Vad tycker du om att göra?",
            ["barn och lek", "gymnasiet", "att ha tålamod", "nej", "30", "upp till en timme", "nej", "1, 3", "nej", "1, 4", "ja"],
            "Tack! Dina svar är sparade.",
            "Förskolan Solen",
            ["4", "5", "lagom", "nej", "nej", "nej"],
            "Tack för dina svar",
            "Jag behöver hjälp, jag vet inte vem jag ska fråga om mitt schema",
            "Karin har fått ditt meddelande",
            "Fråga Maria, hon har schemat.",
            ["jobbar", "4", "ja"],
            "Tack! Lycka till");

        public static readonly JourneyScript English = new(
            "en-US",
            "Is it OK that I store your answers",
            "What do you like to do?",
            ["children and playing games", "upper secondary school", "being patient", "no", "30", "up to one hour", "no", "1, 2", "no", "1, 4", "yes"],
            "Thank you! Your answers are saved.",
            "Förskolan Solen",
            ["4", "5", "just right", "no", "no", "no"],
            "Thank you for your answers",
            "I need help, I do not know whom to ask about my schedule",
            "Karin has got your message",
            "Ask Maria, she has the schedule.",
            ["working", "4", "yes"],
            "Thank you! Good luck");

        public override string ToString() => Locale;
    }

    /// <summary>The trainee's side of the chat: what they did and every message the bot sent them, in order.</summary>
    private sealed class Transcript(TraineeBed bed)
    {
        private readonly List<string> lines = [];
        private int seen;

        public Task InstallAsync() => DoAsync("(installs the app)", c => c.Install());

        public Task SayAsync(string text) => DoAsync($"trainee: {text}", c => c.Send(text));

        public Task SubmitAsync(object data) => DoAsync($"trainee presses a button: {System.Text.Json.JsonSerializer.Serialize(data)}", c => c.SubmitCard(data));

        /// <summary>The bot's newest message to the trainee, as text (a card's visible text).</summary>
        public string Last()
        {
            Collect();
            return Show(bed.SentTo(bed.Programme.TraineeUser)[^1]);
        }

        /// <summary>The bot's <paramref name="count"/> newest messages, joined.</summary>
        public string Recent(int count)
        {
            Collect();
            return string.Join('\n', bed.SentTo(bed.Programme.TraineeUser).TakeLast(count).Select(Show));
        }

        public override string ToString()
        {
            Collect();
            return new StringBuilder().AppendJoin('\n', lines).ToString();
        }

        private async Task DoAsync(string line, Func<Conversation, Conversation> act)
        {
            Collect();
            lines.Add(line);
            await act(Conversation.For(bed.Bot, bed.Programme.TraineeUser));
            Collect();
        }

        /// <summary>Adds what the bot sent since last time (proactive messages included), stamped with the virtual time it was seen by.</summary>
        private void Collect()
        {
            var sent = bed.SentTo(bed.Programme.TraineeUser);
            foreach (var activity in sent.Skip(seen))
            {
                lines.Add($"  [by {Core.Localization.StockholmTime.ToLocal(bed.Now):yyyy-MM-dd HH:mm}] bot: {Show(activity)}");
            }

            seen = sent.Count;
        }

        private static string Show(Activity activity) =>
            activity.Attachments is { Count: > 0 } attachments && attachments[0].Content is { } card
                ? $"[{attachments[0].Name}] {card.VisibleText().Replace('\n', ' ')}"
                : (activity.Text ?? string.Empty).Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
    }
}
