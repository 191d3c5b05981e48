using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Consent;

public sealed class ConsentTests : IDisposable
{
    private TraineeBotFactory bot = ConsentTestBed.NewBot();

    [Theory]
    [InlineData("sv-SE", "Din koordinator Karin Lind ser dina svar", "Din handledare på arbetsplatsen ser inte dina svar", "Tack! Nu kan vi börja.", "Tycker du om att arbeta med människor?")]
    [InlineData("en-US", "Your coordinator Karin Lind sees your answers", "Your supervisor at the workplace does not see your check-in answers", "Thank you! Now we can start.", "Do you like working with people?")]
    public async Task Install_asks_for_consent_and_a_yes_is_stored_with_its_version_and_starts_the_inventory(
        string locale, string coordinatorSees, string supervisorDoesNot, string thanks, string firstQuestion)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale);

        await Conversation.For(bot, f.TraineeUser)
            .Install()
            .ExpectCard("consent", card =>
            {
                var text = card.AllText();
                Assert.Contains(coordinatorSees, text, StringComparison.Ordinal);
                Assert.Contains(supervisorDoesNot, text, StringComparison.Ordinal);
                Assert.Contains(locale.StartsWith("en", StringComparison.Ordinal) ? "delete my data" : "radera mina uppgifter", text, StringComparison.Ordinal);
                Assert.Contains("consent.give", card.ToJsonString(), StringComparison.Ordinal);
                Assert.Contains("consent.refuse", card.ToJsonString(), StringComparison.Ordinal);
            })
            .SubmitCard(new { verb = "consent.give" })
            .ExpectReplyContaining(thanks)
            .ExpectCard("dialog-question", card => Assert.Contains(firstQuestion, card.AllText(), StringComparison.Ordinal))
            .ExpectNothingMore();

        var consent = Assert.Single(await bot.ConsentsAsync());
        Assert.Equal(ConsentDecision.Given, consent.Decision);
        Assert.Equal("consent-v1", consent.TextVersion);
        Assert.Equal(locale[..2], consent.Language);
        Assert.Equal(OutboxTestBed.Monday0900, consent.DecidedUtc);
        Assert.Equal("interest-inventory", Assert.Single(await bot.DialogRunsAsync()).DefinitionId);
        // The clicked card now shows the decision instead of its buttons.
        var update = Assert.Single(bot.Connector.Updates);
        Assert.DoesNotContain("consent.give", update.Activity!.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv-SE", "jag godkänner", "Tack! Nu kan vi börja. Skriv \"hjälp\" för att se vad jag kan göra.")]
    [InlineData("en-US", "I agree", "Thank you! Now we can start. Write \"help\" to see what I can do.")]
    public async Task A_typed_yes_counts_and_without_an_inventory_dialog_the_trainee_is_told_what_to_write(string locale, string yes, string thanks)
    {
        bot.Dispose();
        bot = ConsentTestBed.NewBot(withInventory: false);
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("consent")
            .Send(yes).ExpectReply(thanks)
            .Send(yes).ExpectReplyContaining(locale.StartsWith("en", StringComparison.Ordinal) ? "You already said yes" : "Du har redan sagt ja")
            .ExpectNothingMore();

        Assert.Equal(ConsentDecision.Given, Assert.Single(await bot.ConsentsAsync()).Decision);
        Assert.Empty(await bot.DialogRunsAsync());
    }

    [Theory]
    [InlineData("sv-SE", "Jag har bara sparat att du sa nej", "Du har sagt nej")]
    [InlineData("en-US", "I have only stored that you said no", "You said no to me storing your answers")]
    public async Task A_no_stores_only_the_refusal_and_the_coordinator_is_told_in_their_language(string locale, string explained, string reminder)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale);
        var coordinator = Conversation.For(bot, f.CoordinatorUser);
        await coordinator.Install().ExpectCard("welcome");
        // The supervisor has the app, so their introduction to Amira reaches them (not a delivery notice to the coordinator).
        await Conversation.For(bot, f.SupervisorUser).Install().ExpectCard("welcome");

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("consent")
            .SubmitCard(new { verb = "consent.refuse" })
            .ExpectReplyContaining(explained)
            .Send("tyck till").ExpectReplyContaining(reminder)
            .Send("min plan").ExpectReplyContaining(reminder)
            .ExpectNothingMore();

        var refusal = Assert.Single(await bot.ConsentsAsync());
        Assert.Equal(ConsentDecision.Refused, refusal.Decision);
        Assert.Empty(await bot.DialogRunsAsync());
        var queued = Assert.Single(await bot.MessagesAsync(), m => m.RecipientUserId == f.Coordinator.UserId);
        Assert.Single(await bot.MessagesAsync(), m => m.RecipientUserId == f.Supervisor.UserId && m.IdempotencyKey.StartsWith("supervisor-intro:", StringComparison.Ordinal));
        Assert.Equal($"consent-refused:{refusal.Id}", queued.IdempotencyKey);
        Assert.Equal(f.Coordinator.UserId, queued.RecipientUserId);

        await bot.DrainAsync();
        // The coordinator (Swedish) gets it in Swedish, whatever the trainee's language.
        await coordinator.ExpectReply("Amira Hassan har inte gett sitt samtycke till TraineeBot. Prata gärna med hen.").ExpectNothingMore();
    }

    [Theory]
    [InlineData("sv-SE", "nej", "samtycke", "jag godkänner", "Tack!")]
    [InlineData("en-US", "no", "consent", "I agree", "Thank you!")]
    public async Task After_a_no_consent_shows_the_question_again_and_a_yes_changes_the_decision(string locale, string no, string show, string agree, string thanks)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("consent")
            .Send(no).ExpectReply(_ => { })
            .Send(no).ExpectReply(_ => { }) // already refused: a reminder, nothing new stored
            .Send(show).ExpectCard("consent")
            .Then(() => bot.Clock!.Advance(TimeSpan.FromMinutes(5))) // decisions at one instant would tie (EfConsents orders by time, then id)
            .Send(agree).ExpectReplyContaining(thanks).ExpectCard("dialog-question")
            .ExpectNothingMore();

        var decisions = await bot.ConsentsAsync();
        Assert.Equal([ConsentDecision.Refused, ConsentDecision.Given], decisions.Select(d => d.Decision));
        Assert.Single(await bot.MessagesAsync(), m => m.RecipientUserId == f.Coordinator.UserId); // one note to the coordinator, for the one refusal
    }

    [Theory]
    [InlineData("sv-SE", "Innan vi börjar behöver jag ditt svar")]
    [InlineData("en-US", "Before we start, I need your answer")]
    public async Task While_consent_is_open_every_message_gets_the_question_again_but_help_still_works(string locale, string reminder)
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, locale);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("consent")
            .Send("tyck till").ExpectReplyContaining(reminder).ExpectCard("consent")
            .Send("min plan").ExpectReplyContaining(reminder).ExpectCard("consent")
            .Send("hjälp").ExpectReply(_ => { })
            .ExpectNothingMore();

        Assert.Empty(await bot.ConsentsAsync());
        Assert.Empty(await bot.DialogRunsAsync());
    }

    [Fact]
    public async Task A_first_message_without_an_install_gets_the_question_once()
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot);

        await Conversation.For(bot, f.TraineeUser)
            .Send("hej").ExpectCard("consent")
            .ExpectNothingMore()
            .Send("ja").ExpectReplyContaining("Tack!");
    }

    [Fact]
    public async Task Switching_language_before_answering_shows_the_question_in_the_new_language()
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot);

        await Conversation.For(bot, f.TraineeUser)
            .Send("english").ExpectCard("consent", card => Assert.Contains("Who sees what?", card.AllText(), StringComparison.Ordinal))
            .ExpectNothingMore();
    }

    [Fact]
    public async Task Coordinators_and_supervisors_keep_the_general_welcome_and_are_never_asked()
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot);

        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome").Send("tyck till").ExpectCard("dialog-question").ExpectNothingMore();
        await Conversation.For(bot, f.SupervisorUser).Install().ExpectCard("welcome").ExpectNothingMore();
        await Conversation.For(bot, TeamsUser.New("Okänd Person")).Install().ExpectCard("welcome").ExpectNothingMore();
        Assert.Empty(await bot.ConsentsAsync());
    }

    [Fact]
    public async Task Forged_consent_buttons_never_decide_for_someone_else()
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot);
        var other = await ConsentTestBed.ProgrammeAsync(bot);

        // A coordinator pressing a consent button (with a trainee's ids in the data) stores nothing.
        await Conversation.For(bot, f.CoordinatorUser)
            .Install().ExpectCard("welcome")
            .SubmitCard(new { verb = "consent.give", userId = f.Trainee.UserId, traineeId = f.Trainee.Id })
            .ExpectReply("Den frågan är bara för trainees. Du behöver inte svara.")
            .ExecuteCard("consent.refuse", new { userId = f.Trainee.UserId })
            .ExpectNothingMore();
        Assert.Empty(await bot.ConsentsAsync());

        // A trainee's button with another trainee's ids decides only for the trainee who pressed it.
        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("consent")
            .SubmitCard(new { verb = "consent.refuse", userId = other.Trainee.UserId, traineeId = other.Trainee.Id })
            .ExpectReply(_ => { });
        var decision = Assert.Single(await bot.ConsentsAsync());
        Assert.Equal(f.Trainee.UserId, decision.UserId);
        Assert.Equal(ConsentDecision.Refused, decision.Decision);
    }

    [Fact]
    public async Task The_consent_button_as_an_Action_Execute_answers_with_the_decided_card()
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot, "en-US");
        var trainee = Conversation.For(bot, f.TraineeUser);

        await trainee.Install().ExpectCard("consent").ExecuteCard("consent.give").ExpectReplyContaining("Thank you!");

        Assert.Equal("application/vnd.microsoft.card.adaptive", trainee.LastInvokeResponse?["type"]?.GetValue<string>());
        Assert.Contains("You said yes on Monday 23 November 2026.", trainee.LastInvokeResponse.AllText(), StringComparison.Ordinal);
        Assert.Equal(ConsentDecision.Given, Assert.Single(await bot.ConsentsAsync()).Decision);
    }

    [Fact]
    public async Task A_refusal_is_stored_only_together_with_the_note_to_the_coordinator()
    {
        using var failing = ConsentTestBed.NewBot().WithServices(services =>
            services.Replace(ServiceDescriptor.Scoped<Core.Outbox.IOutbox, BrokenOutbox>()));
        var f = await ConsentTestBed.ProgrammeAsync(failing, placementMonths: 0);

        await Conversation.For(failing, f.TraineeUser)
            .Install().ExpectCard("consent")
            .SubmitCard(new { verb = "consent.refuse" }).ExpectReplyContaining("Förlåt, något gick fel");

        Assert.Empty(await failing.ConsentsAsync());
    }

    /// <summary>An outbox whose database write fails.</summary>
    private sealed class BrokenOutbox : Core.Outbox.IOutbox
    {
        public Task<Core.Outbox.OutboxEnqueueResult> EnqueueAsync(Core.Outbox.OutboxRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The outbox could not be written.");

        public Task<int> RecipientReachableAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<int> CancelPendingAsync(Guid recipientUserId, string reason, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The outbox could not be written.");
    }

    public void Dispose() => bot.Dispose();
}
