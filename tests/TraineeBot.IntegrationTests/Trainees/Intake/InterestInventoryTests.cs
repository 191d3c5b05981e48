using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Trainees.Intake;

/// <summary>
/// The interest inventory (dialogs/interest-inventory.yaml) through the real pipeline: a registered trainee with
/// consent answers, confirms, gets their summary card; a profile with ranked suggestions is stored once and the
/// coordinator gets the suggestions card through the outbox.
/// </summary>
public sealed class InterestInventoryTests : IDisposable
{
    private readonly TraineeBotFactory bot = OutboxTestBed.NewBot();

    [Fact]
    public async Task A_trainee_goes_through_it_in_Swedish_by_typing_and_the_coordinator_gets_the_suggestions()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var coordinator = Conversation.For(bot, f.CoordinatorUser);
        await coordinator.Install().ExpectCard("welcome");
        await ConsentAsync(f, ConsentDecision.Given);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("welcome")
            .Send("intresseinventering").ExpectReplyContaining("Vad tycker du om att göra?")
            .Send("Jag gillar barn och att leka").ExpectReplyContaining("Vad har du gjort förut?")
            .Send("Gymnasiet, och praktik på en förskola").ExpectReplyContaining("Vad är du bra på?")
            .Send("Jag är bra på att laga mat").ExpectCard(DialogCards.Question, Shows("Finns det något du inte vill jobba med?"))
            .Send("ja").ExpectReplyContaining("Vad vill du inte jobba med?")
            .Send("Städning").ExpectReplyContaining("Hur många timmar i veckan")
            .Send("trettio").ExpectReplyContaining("Skriv en siffra från 1 till 40") // not a number it knows: asked again
            .Send("30").ExpectCard(DialogCards.Question, Shows("Hur långt kan du resa till jobbet?"))
            .Send("2").ExpectCard(DialogCards.Question, Shows("Har du behov för din hälsa"))
            .Send("ja").ExpectReplyContaining("Berätta kort.")
            .Send("Jag kan inte lyfta tungt").ExpectReplyContaining("Vilka språk kan du?")
            .Send("svenska och arabiska").ExpectCard(DialogCards.Question, Shows("Har du körkort för bil?"))
            .Send("nej").ExpectReplyContaining("Var vill du helst jobba?")
            .Send("förskola, kök").ExpectCard(DialogCards.Summary, card =>
            {
                var text = card.VisibleText();
                Assert.Contains("Jag gillar barn och att leka", text, StringComparison.Ordinal);
                Assert.Contains("Upp till 30 minuter", text, StringComparison.Ordinal);
                Assert.Contains("Svenska, Arabiska", text, StringComparison.Ordinal);
                Assert.Contains("Förskola, Kök och restaurang", text, StringComparison.Ordinal);
            })
            .Send("ja").ExpectReply("Tack! Dina svar är sparade. Din traineehandledare hör av sig om vilka jobb som kan passa dig.")
            .ExpectCard("interest-summary", card =>
            {
                var text = card.VisibleText();
                Assert.Contains("Dina svar", text, StringComparison.Ordinal);
                Assert.Contains("Vad är du bra på?", text, StringComparison.Ordinal);
                Assert.Contains("Jag är bra på att laga mat", text, StringComparison.Ordinal);
            })
            .ExpectNothingMore();

        var profile = await SingleProfileAsync(f.Trainee.Id);
        var suggestions = JsonNode.Parse(profile.SuggestionsJson)!.AsArray();
        Assert.Equal("preschool", suggestions[0]!["area"]!.GetValue<string>());
        Assert.Equal("kitchen", suggestions[1]!["area"]!.GetValue<string>());
        Assert.DoesNotContain(suggestions, s => s!["area"]!.GetValue<string>() == "cleaning");
        Assert.Equal("Städning", JsonNode.Parse(profile.AnswersJson)!["avoid"]!.GetValue<string>());

        await bot.DrainAsync();
        await coordinator.ExpectCard("work-area-suggestions", card =>
        {
            var text = card.VisibleText();
            Assert.Contains("Intresseinventering: Amira Hassan", text, StringComparison.Ordinal);
            Assert.Contains("1. Förskola: du valde förskola; du skrev 'barn', 'leka', 'förskola'", text, StringComparison.Ordinal);
            Assert.Contains("2. Kök och restaurang: du valde kök och restaurang; du skrev 'laga mat'", text, StringComparison.Ordinal);
            Assert.Contains("Kan jobba 30 timmar i veckan", text, StringComparison.Ordinal);
            Assert.Contains("Har inget körkort", text, StringComparison.Ordinal);
            Assert.Contains("Vill inte jobba med: Städning", text, StringComparison.Ordinal);
            Assert.Contains("Hälsa (bara för dig): Jag kan inte lyfta tungt", text, StringComparison.Ordinal);
        }).ExpectNothingMore();
    }

    [Fact]
    public async Task A_trainee_goes_through_it_in_English_with_button_values_and_card_submits()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, traineeName: "Sam Ali", traineeLocale: "en-US", placementMonths: 0);
        var coordinator = Conversation.For(bot, f.CoordinatorUser);
        await coordinator.Install().ExpectCard("welcome");
        await ConsentAsync(f, ConsentDecision.Given);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("welcome")
            .Send("interest inventory").ExpectReplyContaining("What do you like to do?")
            .Send("I like computers and games").ExpectReplyContaining("What have you done before?")
            .Send("School, then a summer job in a shop").ExpectReplyContaining("What are you good at?")
            .Send("Talking to people").ExpectCard(DialogCards.Question, Shows("Is there anything you do not want to work with?"))
            .Send("No").ExpectReplyContaining("How many hours a week can you work?") // the button's value
            .Send("20").ExpectCard(DialogCards.Question, Shows("How far can you travel to work?"))
            .Send("any").ExpectCard(DialogCards.Question, Shows("Do you have health needs")) // the button's value
            .Send("No").ExpectReplyContaining("Which languages do you speak?")
            .SubmitCard(new { languages = "swedish,english,other" }).ExpectReplyContaining("Which other language do you speak?")
            .Send("Kurdish").ExpectCard(DialogCards.Question, Shows("Do you have a driving licence for a car?"))
            .Send("Yes").ExpectReplyContaining("Where would you most like to work?")
            .SubmitCard(new { areas = "it,retail" }).ExpectCard(DialogCards.Summary, card =>
            {
                var text = card.VisibleText();
                Assert.Contains("Swedish, English, Another language", text, StringComparison.Ordinal);
                Assert.Contains("IT and computers, Shop and retail", text, StringComparison.Ordinal);
                Assert.Contains("It does not matter", text, StringComparison.Ordinal);
            })
            .Send("yes").ExpectReply("Thank you! Your answers are saved. Your coordinator will contact you about jobs that may suit you.")
            .ExpectCard("interest-summary", card => Assert.Contains("Your answers", card.VisibleText(), StringComparison.Ordinal))
            .ExpectNothingMore();

        var profile = await SingleProfileAsync(f.Trainee.Id);
        var suggestions = JsonNode.Parse(profile.SuggestionsJson)!.AsArray();
        Assert.Equal(["it", "retail", "school"], suggestions.Select(s => s!["area"]!.GetValue<string>())); // school: "School, then…"
        Assert.Equal(9, suggestions[0]!["score"]!.GetValue<int>());

        await bot.DrainAsync();
        // The coordinator reads Swedish: the card is in their language; no health line, as none was shared.
        await coordinator.ExpectCard("work-area-suggestions", card =>
        {
            var text = card.VisibleText();
            Assert.Contains("1. IT: du valde IT; du skrev 'computers', 'games'", text, StringComparison.Ordinal);
            Assert.Contains("2. Butik och handel: du valde butik och handel; du skrev 'shop'", text, StringComparison.Ordinal);
            Assert.Contains("Språk: Svenska, Engelska, Annat språk (Kurdish)", text, StringComparison.Ordinal);
            Assert.Contains("Resa: Det spelar ingen roll", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Hälsa", text, StringComparison.Ordinal);
        }).ExpectNothingMore();
    }

    [Fact]
    public async Task It_can_be_continued_days_later_where_the_trainee_left_off()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await ConsentAsync(f, ConsentDecision.Given);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("welcome")
            .Send("intressen").ExpectReplyContaining("Vad tycker du om att göra?")
            .Send("Datorer").ExpectReplyContaining("Vad har du gjort förut?")
            .Send("Gymnasiet").ExpectReplyContaining("Vad är du bra på?")
            .Then(() => bot.Clock!.Advance(TimeSpan.FromDays(3)))
            .Send("intresseinventering").ExpectReply("Vi fortsätter där du slutade.")
            .ExpectReplyContaining("Vad är du bra på?")
            .Send("Att fixa datorer").ExpectCard(DialogCards.Question, Shows("Finns det något du inte vill jobba med?"))
            .ExpectNothingMore();
    }

    [Fact]
    public async Task Whatever_the_trainee_writes_days_later_brings_back_the_question_and_no_answer_is_lost()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await ConsentAsync(f, ConsentDecision.Given);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("welcome")
            .Send("intressen").ExpectReplyContaining("Vad tycker du om att göra?")
            .Send("Djur").ExpectReplyContaining("Vad har du gjort förut?")
            .Then(() => bot.Clock!.Advance(TimeSpan.FromHours(11)))
            .Send("Gymnasiet").ExpectReplyContaining("Vad är du bra på?")   // the same day: an answer
            .Then(() => bot.Clock!.Advance(TimeSpan.FromDays(3)))
            .Send("hej").ExpectReply("Vi fortsätter där du slutade.")       // days later: not taken as the answer
            .ExpectReplyContaining("Vad är du bra på?")
            .Send("Att ta hand om djur").ExpectCard(DialogCards.Question, Shows("Finns det något du inte vill jobba med?"))
            .ExpectNothingMore();

        await using var db = bot.OpenDatabase();
        var state = (await db.DialogRuns.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).StateJson;
        Assert.Contains("Djur", state, StringComparison.Ordinal);
        Assert.Contains("Att ta hand om djur", state, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hej\"", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_can_be_continued_in_English_days_later()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, traineeLocale: "en-US", placementMonths: 0);
        await ConsentAsync(f, ConsentDecision.Given);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("welcome")
            .Send("my interests").ExpectReplyContaining("What do you like to do?")
            .Send("Cooking").ExpectReplyContaining("What have you done before?")
            .Then(() => bot.Clock!.Advance(TimeSpan.FromDays(3)))
            .Send("help").ExpectReplyContaining("This is what you can write to me")
            .ExpectReply("Let's continue where you left off.")
            .ExpectReplyContaining("What have you done before?");
    }

    [Fact]
    public async Task An_answer_can_be_changed_from_the_summary_and_the_suggestions_follow_the_new_answer()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await ConsentAsync(f, ConsentDecision.Given);

        await AnswerAllAsync(Conversation.For(bot, f.TraineeUser).Install().ExpectCard("welcome"), interests: "Barn")
            .Send("ändra 1").ExpectReplyContaining("Vad tycker du om att göra?")
            .Send("Jag älskar att laga mat och baka").ExpectCard(DialogCards.Summary, Shows("Jag älskar att laga mat och baka"))
            .Send("ja").ExpectReplyContaining("Tack! Dina svar är sparade.")
            .ExpectCard("interest-summary");

        // Before the change: preschool 5 (chosen) + 2 ('barn'); after: 5, and kitchen 4 ('laga mat', 'baka').
        var suggestions = JsonNode.Parse((await SingleProfileAsync(f.Trainee.Id)).SuggestionsJson)!.AsArray();
        Assert.Equal(["preschool", "kitchen"], suggestions.Select(s => s!["area"]!.GetValue<string>()));
        Assert.Equal([5, 4], suggestions.Select(s => s!["score"]!.GetValue<int>()));
        Assert.Equal("Jag älskar att laga mat och baka", JsonNode.Parse((await SingleProfileAsync(f.Trainee.Id)).AnswersJson)!["interests"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_completion_cannot_create_two_profiles_or_two_cards()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await ConsentAsync(f, ConsentDecision.Given);

        await AnswerAllAsync(Conversation.For(bot, f.TraineeUser).Install().ExpectCard("welcome"), interests: "Barn")
            .Send("ja").ExpectReplyContaining("Tack! Dina svar är sparade.")
            .ExpectCard("interest-summary")
            .Send("ja").ExpectReplyContaining("Jag förstod inte riktigt"); // the run is over: a second yes is no second completion

        // The end action itself, run again for the same run (as a retried turn would): nothing new.
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.TraineeBotDbContext>().DialogRuns
                .SingleAsync(r => r.DefinitionId == "interest-inventory", TestContext.Current.CancellationToken);
            var action = scope.ServiceProvider.GetServices<IDialogEndAction>().Single(a => a.Name == "save-interest-profile");
            var answers = JsonNode.Parse(run.StateJson)!["answers"]!.AsObject()
                .ToDictionary(a => a.Key, a => a.Value!["value"]?.DeepClone(), StringComparer.Ordinal);
            var contact = new Core.Conversations.Contact(f.Trainee.UserId, run.ConversationReferenceId, f.Trainee.Name, "sv", true, Core.Users.UserRole.Trainee, false, null);
            await action.RunAsync(new DialogEndContext(new RecordingTurn(), contact, run, answers, "Tack!"), TestContext.Current.CancellationToken);
        }

        await SingleProfileAsync(f.Trainee.Id);
        var cards = (await bot.MessagesAsync()).Where(m => m.IdempotencyKey.StartsWith("interest-profile:", StringComparison.Ordinal)).ToList();
        Assert.Single(cards);
    }

    [Theory]
    [InlineData("sv-SE", "Du har sagt nej")]
    [InlineData("en-US", "You said no to me storing your answers")]
    public async Task Consent_withdrawn_before_the_summary_is_confirmed_stores_and_sends_nothing(string locale, string expected)
    {
        var f = await ProgrammeData.AddAsync(bot.Services, traineeLocale: locale, placementMonths: 0);
        await ConsentAsync(f, ConsentDecision.Given);

        // The consent gate stops the confirmation; the end action checks consent too (defence in depth).
        await AnswerAllAsync(Conversation.For(bot, f.TraineeUser).Install().ExpectCard("welcome"), interests: "Barn", english: locale.StartsWith("en", StringComparison.Ordinal))
            .Then(async () =>
            {
                bot.Clock!.Advance(TimeSpan.FromMinutes(1));
                await ConsentAsync(f, ConsentDecision.Refused);
            })
            .Send(locale.StartsWith("en", StringComparison.Ordinal) ? "yes" : "ja").ExpectReplyContaining(expected)
            .ExpectNothingMore();

        await using var db = bot.OpenDatabase();
        Assert.Empty(await db.InterestProfiles.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await bot.MessagesAsync());
    }

    [Theory]
    [InlineData("sv-SE", "Tack för dina svar! Du är inte med i traineeprogrammet")]
    [InlineData("en-US", "Thank you for your answers! You are not in the trainee programme")]
    public async Task Someone_who_is_not_a_trainee_is_just_thanked(string locale, string expected)
    {
        await AnswerAllAsync(Conversation.For(bot, TeamsUser.New("Kim Olsson", locale)).Install().ExpectCard("welcome"), interests: "Barn", english: locale.StartsWith("en", StringComparison.Ordinal))
            .Send(locale.StartsWith("en", StringComparison.Ordinal) ? "yes" : "ja").ExpectReplyContaining(expected)
            .ExpectNothingMore();

        await using var db = bot.OpenDatabase();
        Assert.Empty(await db.InterestProfiles.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await bot.MessagesAsync());
    }

    public void Dispose() => bot.Dispose();

    /// <summary>The shortest way through: every question answered, ending at the summary.</summary>
    private static Conversation AnswerAllAsync(Conversation flow, string interests, bool english = false) => english
        ? flow.Send("interest inventory").ExpectReply(_ => { })
            .Send(interests).ExpectReply(_ => { })
            .Send("School").ExpectReply(_ => { })
            .Send("Helping").ExpectCard(DialogCards.Question)
            .Send("no").ExpectReply(_ => { })
            .Send("20").ExpectCard(DialogCards.Question)
            .Send("1").ExpectCard(DialogCards.Question)
            .Send("no").ExpectReply(_ => { })
            .Send("1, 2").ExpectCard(DialogCards.Question)
            .Send("yes").ExpectReply(_ => { })
            .Send("preschool").ExpectCard(DialogCards.Summary)
        : flow.Send("intresseinventering").ExpectReply(_ => { })
            .Send(interests).ExpectReply(_ => { })
            .Send("Gymnasiet").ExpectReply(_ => { })
            .Send("Att hjälpa till").ExpectCard(DialogCards.Question)
            .Send("nej").ExpectReply(_ => { })
            .Send("20").ExpectCard(DialogCards.Question)
            .Send("1").ExpectCard(DialogCards.Question)
            .Send("nej").ExpectReply(_ => { })
            .Send("1").ExpectCard(DialogCards.Question)
            .Send("ja").ExpectReply(_ => { })
            .Send("förskola").ExpectCard(DialogCards.Summary);

    private static Action<JsonObject> Shows(string part) => card => Assert.Contains(part, card.VisibleText(), StringComparison.Ordinal);

    private async Task ConsentAsync(ProgrammeFixture f, ConsentDecision decision)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConsents>()
            .RecordAsync(f.Trainee.UserId, decision, "consent-v1", "sv", TestContext.Current.CancellationToken);
    }

    private async Task<InterestProfile> SingleProfileAsync(Guid traineeId)
    {
        await using var db = bot.OpenDatabase();
        return Assert.Single(await db.InterestProfiles.Where(p => p.TraineeId == traineeId).ToListAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A turn that keeps what is sent (for running an end action outside a real turn).</summary>
    private sealed class RecordingTurn : BotFramework.Hosting.ITurnContext
    {
        public List<BotFramework.Schema.Activity> Sent { get; } = [];

        public BotFramework.Schema.Activity Activity { get; } = new() { Type = "message", Id = "a1", Conversation = new() { Id = "c1" }, From = new() { Id = "u1" }, Recipient = new() { Id = "b1" } };

        public System.Security.Claims.ClaimsIdentity Identity { get; } = new();

        public BotFramework.Schema.InvokeResponse? InvokeResponse { get; set; }

        public bool Responded => Sent.Count > 0;

        public Task<BotFramework.Schema.ResourceResponse> SendActivityAsync(BotFramework.Schema.Activity activity, CancellationToken cancellationToken = default)
        {
            Sent.Add(activity);
            return Task.FromResult(new BotFramework.Schema.ResourceResponse { Id = "r" + Sent.Count });
        }

        public Task<BotFramework.Schema.ResourceResponse> UpdateActivityAsync(string activityId, BotFramework.Schema.Activity activity, CancellationToken cancellationToken = default) =>
            Task.FromResult(new BotFramework.Schema.ResourceResponse { Id = activityId });

        public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
