using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Dialogs;
using TraineeBot.Infrastructure.Dialogs;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Dialogs;

/// <summary>The feedback dialog (dialogs/feedback.yaml) through the real pipeline, in both languages.</summary>
public sealed class FeedbackDialogTests : IDisposable
{
    private static readonly DateTimeOffset Monday0900 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly TraineeBotFactory bot = new TraineeBotFactory().WithFakeClock(Monday0900);

    [Fact]
    public async Task A_user_answers_by_typing_and_the_answers_are_stored_against_the_definition_version()
    {
        var user = TeamsUser.New();

        await Conversation.For(bot, user)
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question, card => Assert.Contains("Hur lätt är det att använda TraineeBot?", card.VisibleText(), StringComparison.Ordinal))
            .Send("9").ExpectCard(DialogCards.Question, card => Assert.Contains("Svara med en siffra från 1 till 5.", card.VisibleText(), StringComparison.Ordinal))
            .Send("fyra").ExpectCard(DialogCards.Question, card => Assert.Contains("Vill du skriva något mer?", card.VisibleText(), StringComparison.Ordinal))
            .Send("ja").ExpectReplyContaining("Vad är bra? Vad kan bli bättre?")
            .Send("Påminnelserna är bra").ExpectCard(DialogCards.Question)
            .Send("ja").ExpectReplyContaining("När passar det?")
            .Send("i morgon").ExpectCard(DialogCards.Summary, card =>
            {
                var text = card.VisibleText();
                Assert.Contains("4 – Ganska lätt", text, StringComparison.Ordinal);
                Assert.Contains("Påminnelserna är bra", text, StringComparison.Ordinal);
                Assert.Contains("tisdag 24 november 2026", text, StringComparison.Ordinal);
            })
            .Send("ja").ExpectReply("Tack för att du tyckte till! Det hjälper oss att göra TraineeBot bättre.")
            .ExpectNothingMore();

        var run = await SingleRunAsync(user);
        Assert.Equal(DialogRunStatus.Completed, run.Status);
        Assert.Equal(1, run.DefinitionVersion);
        var answers = JsonNode.Parse(run.StateJson)!["answers"]!;
        Assert.Equal(4, answers["ease"]!["value"]!.GetValue<int>());
        Assert.Equal("Påminnelserna är bra", answers["comment"]!["value"]!.GetValue<string>());
        Assert.Equal("2026-11-24", answers["contact-date"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_card_submit_reaches_the_same_validation_as_typing()
    {
        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("feedback").ExpectCard(DialogCards.Question)
            .SubmitCard(new { ease = "7" }).ExpectCard(DialogCards.Question, card => Assert.Contains("Svara med en siffra från 1 till 5.", card.VisibleText(), StringComparison.Ordinal))
            .SubmitCard(new { ease = "2" }).ExpectCard(DialogCards.Question, card => Assert.Contains("Vill du skriva något mer?", card.VisibleText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_can_leave_and_continue_after_a_restart_where_they_were()
    {
        var databasePath = TraineeBotFactory.NewDatabasePath();
        var user = TeamsUser.New();
        using (var first = new TraineeBotFactory(databasePath))
        {
            await Conversation.For(first, user)
                .Install().ExpectCard("welcome")
                .Send("tyck till").ExpectCard(DialogCards.Question)
                .Send("5").ExpectCard(DialogCards.Question);
        }

        using var second = new TraineeBotFactory(databasePath);
        await Conversation.For(second, user)
            .Send("nej").ExpectCard(DialogCards.Question, card => Assert.Contains("Får din traineehandledare kontakta dig", card.VisibleText(), StringComparison.Ordinal))
            .Send("nej").ExpectCard(DialogCards.Summary, card => Assert.Contains("5 – Mycket lätt", card.VisibleText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_interrupts_and_the_question_is_asked_again()
    {
        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question)
            .Send("hjälp").ExpectReplyContaining("Det här kan du skriva till mig")
            .ExpectReply("Vi fortsätter där du slutade.")
            .ExpectCard(DialogCards.Question, card => Assert.Contains("Hur lätt är det att använda TraineeBot?", card.VisibleText(), StringComparison.Ordinal))
            .Send("3").ExpectCard(DialogCards.Question);
    }

    [Fact]
    public async Task Switching_language_mid_dialog_asks_the_same_question_in_the_new_language()
    {
        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question)
            .Send("english").ExpectReply("OK! I will write in English from now on.")
            .ExpectReply("Let's continue where you left off.")
            .ExpectCard(DialogCards.Question, card => Assert.Contains("How easy is TraineeBot to use?", card.VisibleText(), StringComparison.Ordinal))
            .Send("very easy").ExpectCard(DialogCards.Question, card => Assert.Contains("Do you want to write something more?", card.VisibleText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_stops_the_dialog_and_keeps_what_was_answered()
    {
        var user = TeamsUser.New();

        await Conversation.For(bot, user)
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question)
            .Send("4").ExpectCard(DialogCards.Question)
            .Send("avbryt").ExpectReplyContaining("Okej, vi avbryter här.")
            .Send("nej").ExpectReplyContaining("Jag förstod inte riktigt")
            .Send("avbryt").ExpectReply("Det finns inget att avbryta just nu.");

        var run = await SingleRunAsync(user);
        Assert.Equal(DialogRunStatus.Cancelled, run.Status);
        Assert.Equal(4, JsonNode.Parse(run.StateJson)!["answers"]!["ease"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_answer_can_be_changed_from_the_summary()
    {
        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question)
            .Send("4").ExpectCard(DialogCards.Question)
            .Send("nej").ExpectCard(DialogCards.Question)
            .Send("nej").ExpectCard(DialogCards.Summary)
            .Send("ändra 1").ExpectCard(DialogCards.Question, card => Assert.Contains("Hur lätt är det att använda TraineeBot?", card.VisibleText(), StringComparison.Ordinal))
            .Send("2").ExpectCard(DialogCards.Summary, card => Assert.Contains("2 – Ganska svårt", card.VisibleText(), StringComparison.Ordinal))
            .Send("ja").ExpectReplyContaining("Tack för att du tyckte till!");
    }

    [Fact]
    public async Task When_another_turn_saved_first_the_user_is_asked_to_send_again_and_nothing_is_lost()
    {
        var conflicts = new ConflictOnce();
        using var racing = new TraineeBotFactory().WithServices(services =>
        {
            services.AddSingleton(conflicts);
            services.Replace(ServiceDescriptor.Scoped<IDialogRunStore>(sp =>
                new RacingStore(ActivatorUtilities.CreateInstance<EfDialogRunStore>(sp), sp.GetRequiredService<ConflictOnce>())));
        });

        await Conversation.For(racing, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question)
            .Then(() => conflicts.Armed = true)
            .Send("4").ExpectReply("Ditt svar kom samtidigt som ett annat svar. Skicka det en gång till, tack.")
            .Send("4").ExpectCard(DialogCards.Question, card => Assert.Contains("Vill du skriva något mer?", card.VisibleText(), StringComparison.Ordinal))
            .Send("nej").ExpectCard(DialogCards.Question)
            .Send("nej").ExpectCard(DialogCards.Summary, card => Assert.Contains("4 – Ganska lätt", card.VisibleText(), StringComparison.Ordinal));
    }

    private async Task<DialogRun> SingleRunAsync(TeamsUser user)
    {
        await using var db = bot.OpenDatabase();
        var userId = (await db.Users.SingleAsync(u => u.ChannelUserId == user.Id)).Id;
        return await db.DialogRuns.SingleAsync(r => r.UserId == userId);
    }

    public void Dispose() => bot.Dispose();

    private sealed class ConflictOnce
    {
        public bool Armed { get; set; }
    }

    /// <summary>Simulates another turn (another instance of the bot) saving the run between this turn's read and write.</summary>
    private sealed class RacingStore(IDialogRunStore inner, ConflictOnce conflicts) : IDialogRunStore
    {
        public Task<DialogRun?> FindActiveAsync(Guid userId, Guid conversationReferenceId, CancellationToken cancellationToken) =>
            inner.FindActiveAsync(userId, conversationReferenceId, cancellationToken);

        public async Task SaveAsync(DialogRun run, CancellationToken cancellationToken)
        {
            if (conflicts.Armed)
            {
                conflicts.Armed = false;
                var other = await inner.FindActiveAsync(run.UserId, run.ConversationReferenceId, cancellationToken);
                other!.UpdatedUtc = other.UpdatedUtc.AddTicks(1);
                await inner.SaveAsync(other, cancellationToken);
            }

            await inner.SaveAsync(run, cancellationToken);
        }
    }
}
