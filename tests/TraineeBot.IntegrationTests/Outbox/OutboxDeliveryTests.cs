using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Users;
using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>The outbox sender against the fake connector, round by round in virtual time.</summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly TraineeBotFactory bot = OutboxTestBed.NewBot();

    private DateTimeOffset Now => bot.Clock!.GetUtcNow();

    [Fact]
    public async Task Messages_due_in_the_past_now_and_later_all_arrive_once_each_at_their_time()
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 3);
        await bot.EnqueueAsync(ProactiveData.Marked(people[0], "yesterday", Now.AddDays(-1)));
        await bot.EnqueueAsync(ProactiveData.Marked(people[1], "now", Now));
        await bot.EnqueueAsync(ProactiveData.Marked(people[2], "tomorrow", Now.AddDays(1)));

        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);
        Assert.Equal(["now", "yesterday"], bot.SentTexts().Order());

        var start = Now;
        await bot.DrainAsync();
        Assert.Equal(["now", "tomorrow", "yesterday"], bot.SentTexts().Order());
        var messages = await bot.MessagesAsync();
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(start.AddDays(1), messages.Single(m => m.RecipientUserId == people[2]).SentUtc);
        Assert.Equal(start, messages.Single(m => m.RecipientUserId == people[0]).SentUtc);
    }

    [Fact]
    public async Task The_same_idempotency_key_is_queued_and_sent_once()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        var first = await bot.EnqueueAsync(ProactiveData.Marked(person, "check-in", Now));
        var second = await bot.EnqueueAsync(ProactiveData.Marked(person, "check-in", Now));

        await bot.DrainAsync();

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(["check-in"], bot.SentTexts());
    }

    [Fact]
    public async Task A_sent_message_keeps_the_connectors_activity_id_so_a_card_can_be_updated_later()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await bot.EnqueueAsync(ProactiveData.Marked(person, "card", Now));

        await bot.DrainAsync();

        var message = Assert.Single(await bot.MessagesAsync());
        var request = Assert.Single(bot.Connector.Requests);
        Assert.Equal(request.ResponseId, message.FirstActivityId);
        Assert.Equal(Now, message.SentUtc);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(0, message.UncertainCount);
        Assert.Equal($"/fake-connector/v3/conversations/a%3Achat-29%3A{request.Activity!.Recipient!.Id![3..]}/activities", request.Uri.AbsolutePath);
    }

    [Fact]
    public async Task One_recipients_messages_arrive_in_the_order_they_fell_due()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        var due = Now.AddHours(-5);
        foreach (var i in new[] { 4, 1, 3, 0, 2 })
        {
            await bot.EnqueueAsync(ProactiveData.Marked(person, $"m{i}", due.AddMinutes(i)));
        }

        await bot.DrainAsync();

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], bot.SentTexts());
    }

    [Fact]
    public async Task A_429_is_waited_out_for_as_long_as_Retry_After_says_and_then_sent()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await bot.EnqueueAsync(ProactiveData.Marked(person, "hello", Now));
        bot.Connector.FailNextWith(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(7));
        var start = Now;

        await bot.DrainAsync();

        Assert.Equal(["hello"], bot.SentTexts());
        var accepted = Assert.Single(bot.Connector.Requests, r => r.Accepted);
        Assert.Equal(2, bot.Connector.Requests.Count);
        Assert.True(Now - start >= TimeSpan.FromSeconds(7), $"Sent again after {Now - start}");
        var message = Assert.Single(await bot.MessagesAsync());
        Assert.Equal(2, message.Attempts);
        Assert.NotNull(accepted);
    }

    [Fact]
    public async Task Transient_failures_back_off_and_after_the_last_attempt_the_message_fails_with_a_reason_the_coordinator_is_told()
    {
        var coordinator = (await ProactiveData.AddRecipientsAsync(bot.Services, 1, UserRole.Coordinator, prefix: "coordinator"))[0];
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await bot.EnqueueAsync(ProactiveData.Marked(person, "never", Now));
        for (var i = 0; i < 6; i++)
        {
            bot.Connector.FailNextWith(HttpStatusCode.ServiceUnavailable);
        }

        var start = Now;
        await bot.DrainAsync();

        var messages = await bot.MessagesAsync();
        var failed = Assert.Single(messages, m => m.RecipientUserId == person);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(6, failed.Attempts);
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);
        // Backoff 5 s, doubling: 5 + 10 + 20 + 40 + 80 seconds between the six attempts.
        Assert.True(Now - start >= TimeSpan.FromSeconds(155), $"All attempts within {Now - start}");
        var notice = Assert.Single(messages, m => m.RecipientUserId == coordinator);
        Assert.Equal(OutboxKinds.DeliveryNotice, notice.Kind);
        Assert.Equal(OutboxStatus.Sent, notice.Status);
        var text = Assert.Single(bot.SentTexts(), t => t.Contains("kom inte fram", StringComparison.Ordinal));
        Assert.Contains("Person 0", text, StringComparison.Ordinal);
        Assert.Contains("kunde inte skickas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_that_another_try_cannot_fix_fails_at_once()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await bot.EnqueueAsync(ProactiveData.Marked(person, "bad", Now));
        bot.Connector.FailNextWith(HttpStatusCode.BadRequest, errorCode: "BadSyntax");

        await bot.DrainAsync();

        var message = Assert.Single(await bot.MessagesAsync());
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Contains("BadSyntax", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payload_nobody_can_render_fails_with_the_reason_and_does_not_stop_the_others()
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 2);
        await bot.EnqueueAsync(new OutboxRequest("bad-kind", people[0], "no-such-kind", "{}", Now));
        await bot.EnqueueAsync(new OutboxRequest("bad-card", people[0], OutboxKinds.Card, """{"template":"no-such-card"}""", Now));
        await bot.EnqueueAsync(ProactiveData.Marked(people[1], "fine", Now));

        await bot.DrainAsync();

        var messages = await bot.MessagesAsync();
        Assert.Equal(OutboxStatus.Failed, messages.Single(m => m.IdempotencyKey == "bad-kind").Status);
        Assert.Contains("no-such-kind", messages.Single(m => m.IdempotencyKey == "bad-kind").LastError, StringComparison.Ordinal);
        Assert.Contains("no-such-card", messages.Single(m => m.IdempotencyKey == "bad-card").LastError, StringComparison.Ordinal);
        Assert.Equal(["fine"], bot.SentTexts());
    }

    [Fact]
    public async Task A_message_too_old_to_matter_expires_unsent_and_the_coordinator_gets_one_summary()
    {
        var coordinator = (await ProactiveData.AddRecipientsAsync(bot.Services, 1, UserRole.Coordinator, prefix: "coordinator"))[0];
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 3);
        await bot.EnqueueAsync(ProactiveData.Marked(people[0], "stale-1", Now.AddDays(-3)));
        await bot.EnqueueAsync(ProactiveData.Marked(people[1], "stale-2", Now.AddDays(-2).AddMinutes(-1)));
        await bot.EnqueueAsync(ProactiveData.Marked(people[2], "fresh", Now.AddDays(-1)));

        await bot.DrainAsync();

        var messages = await bot.MessagesAsync();
        Assert.Equal(2, messages.Count(m => m.Status == OutboxStatus.Expired));
        Assert.DoesNotContain(bot.SentTexts(), t => t.StartsWith("stale", StringComparison.Ordinal));
        Assert.Contains("fresh", bot.SentTexts());
        var summary = Assert.Single(bot.Connector.Sent, a => a.Text!.Contains("kom inte fram", StringComparison.Ordinal));
        Assert.Contains("Person 0", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Person 1", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 2", summary.Text, StringComparison.Ordinal);
        Assert.Contains("för gammalt", summary.Text, StringComparison.Ordinal);
        Assert.Equal(coordinator, messages.Single(m => m.Kind == OutboxKinds.DeliveryNotice).RecipientUserId);

        // Reported once: later rounds add no second summary.
        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);
        Assert.Single(await bot.MessagesAsync(), m => m.Kind == OutboxKinds.DeliveryNotice);
    }

    [Fact]
    public async Task Someone_who_never_installed_the_app_is_unreachable_the_coordinator_is_told_and_it_goes_out_once_they_install_it()
    {
        await ProactiveData.AddRecipientsAsync(bot.Services, 1, UserRole.Coordinator, prefix: "coordinator");
        var user = TeamsUser.New("Jonas Berg");
        var jonas = await ProactiveData.AddUserWithoutChatAsync(bot.Services, "Jonas Berg", user.AadObjectId);
        await bot.EnqueueAsync(ProactiveData.Marked(jonas, "welcome-to-checkins", Now));

        await bot.DrainAsync();

        var message = Assert.Single(await bot.MessagesAsync(), m => m.RecipientUserId == jonas);
        Assert.Equal(OutboxStatus.Unreachable, message.Status);
        Assert.Contains("not installed", message.LastError, StringComparison.Ordinal);
        var notice = Assert.Single(bot.Connector.Sent, a => a.Text!.Contains("kom inte fram", StringComparison.Ordinal));
        Assert.Contains("Jonas Berg", notice.Text, StringComparison.Ordinal);
        Assert.Contains("appen är inte installerad", notice.Text, StringComparison.Ordinal);

        await Conversation.For(bot, user).Install().ExpectCard("welcome")
            .Then(() => bot.DrainAsync())
            .ExpectReply("welcome-to-checkins")
            .ExpectNothingMore();
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_marked_unreachable_on_403_and_not_retried()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await bot.EnqueueAsync(ProactiveData.Marked(person, "blocked", Now));
        bot.Connector.FailNextWith(HttpStatusCode.Forbidden, errorCode: "ConversationBlockedByUser");

        await bot.DrainAsync();

        var message = Assert.Single(await bot.MessagesAsync());
        Assert.Equal(OutboxStatus.Unreachable, message.Status);
        Assert.Single(bot.Connector.Requests);
        Assert.Contains("ConversationBlockedByUser", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_senders_over_one_database_never_send_the_same_message()
    {
        bot.With("Bot:RateLimits:TenantPerSecond", "1000");
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 60);
        await ProactiveData.QueueAsync(bot.Services, people.Select((p, i) => ProactiveData.Marked(p, $"m{i}", Now)), Now);
        bot.Connector.Latency = TimeSpan.FromMilliseconds(2);
        var first = bot.NewSender();
        var second = bot.NewSender();

        await Task.WhenAll(first.RunUntilIdleAsync(CancellationToken.None), second.RunUntilIdleAsync(CancellationToken.None));

        Assert.Equal(60, bot.SentTexts().Count);
        Assert.Equal(60, bot.SentTexts().Distinct().Count());
    }

    [Fact]
    public async Task A_text_and_a_card_are_rendered_in_the_recipients_language()
    {
        var swedish = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        var english = (await ProactiveData.AddRecipientsAsync(bot.Services, 1, language: Language.English))[0];
        foreach (var person in new[] { swedish, english })
        {
            await bot.EnqueueAsync(new OutboxRequest($"text:{person}", person, OutboxKinds.Text, """{"key":"Pause.Resumed"}""", Now));
            await bot.EnqueueAsync(new OutboxRequest($"card:{person}", person, OutboxKinds.Card,
                """{"template":"dialog-summary","data":{"title":"Sammanfattning","rows":[],"confirm":"OK"}}""", Now.AddSeconds(1)));
        }

        await bot.DrainAsync();

        Assert.Contains("Välkommen tillbaka! Mina meddelanden kommer som vanligt igen.", bot.SentTexts());
        Assert.Contains("Welcome back! My messages will come as usual again.", bot.SentTexts());
        Assert.Equal(2, bot.Connector.Sent.Count(a => a.Attachments?.SingleOrDefault()?.Name == "dialog-summary"));
    }

    [Fact]
    public async Task A_dialog_payload_starts_the_dialog_and_the_users_answer_continues_it()
    {
        var user = TeamsUser.New();
        await Conversation.For(bot, user).Install().ExpectCard("welcome")
            .Then(async () =>
            {
                await using var db = bot.OpenDatabase();
                var id = db.Users.Single(u => u.AadObjectId == user.AadObjectId).Id;
                await bot.EnqueueAsync(new OutboxRequest("dialog:feedback", id, OutboxKinds.Dialog, """{"dialog":"feedback"}""", Now));
                await bot.DrainAsync();
            })
            .ExpectCard("dialog-question", card => Assert.Contains("Hur lätt är det att använda TraineeBot?", card.VisibleText(), StringComparison.Ordinal))
            .Send("4").ExpectCard("dialog-question", card => Assert.Contains("Vill du skriva något mer?", card.VisibleText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_delivery_log_shows_each_recipient_of_an_occurrence_and_a_summary()
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 3);
        var nobody = await ProactiveData.AddUserWithoutChatAsync(bot.Services, "Utan Chatt");
        foreach (var person in people.Append(nobody))
        {
            await bot.EnqueueAsync(ProactiveData.Marked(person, $"checkin-{person}", Now) with
            {
                IdempotencyKey = $"schedule:x:2026-11-23:{person}",
                ScheduleDefinitionId = "trainee-checkin",
                OccurrenceKey = "2026-11-23",
            });
        }

        bot.Connector.FailNextWith(HttpStatusCode.BadRequest);
        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);

        await using var scope = bot.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IDeliveryLog>();
        var entries = await log.ForOccurrenceAsync("trainee-checkin", "2026-11-23", CancellationToken.None);
        Assert.Equal(4, entries.Count);
        Assert.Equal(2, entries.Count(e => e.State == DeliveryState.Sent));
        Assert.Equal(1, entries.Count(e => e.State == DeliveryState.Failed));
        Assert.Equal(DeliveryState.Unreachable, entries.Single(e => e.RecipientUserId == nobody).State);
        var summary = await log.SummaryAsync(Now.AddDays(-1), Now.AddDays(1), CancellationToken.None);
        Assert.Equal((2, 1, 1, 0), (summary.Sent, summary.Failed, summary.Unreachable, summary.Pending));
    }

    public void Dispose() => bot.Dispose();
}
