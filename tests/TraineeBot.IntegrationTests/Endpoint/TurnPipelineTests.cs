using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Conversations;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Endpoint;

public sealed class TurnPipelineTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Fact]
    public async Task A_redelivered_activity_is_handled_once()
    {
        var client = bot.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var message = Activities.Message(await bot.InstalledAsync(TeamsUser.New(), ct), "hjälp");

        var first = await client.PostActivityAsync(message, cancellationToken: ct);
        var again = await client.PostActivityAsync(message, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(bot.Connector.Sent);
    }

    [Fact]
    public async Task Concurrent_redeliveries_are_handled_once()
    {
        var client = bot.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var message = Activities.Message(await bot.InstalledAsync(TeamsUser.New(), ct), "hjälp");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostActivityAsync(message, cancellationToken: ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bot.Connector.Sent);
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_not_a_duplicate()
    {
        var client = bot.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        await client.PostActivityAsync(Activities.Message(await bot.InstalledAsync(TeamsUser.New(), ct), "hjälp", id: "1"), cancellationToken: ct);
        await client.PostActivityAsync(Activities.Message(await bot.InstalledAsync(TeamsUser.New(), ct), "hjälp", id: "1"), cancellationToken: ct);

        Assert.Single(bot.Connector.Sent);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_after_the_wait_and_then_delivered()
    {
        var user = await bot.InstalledAsync(TeamsUser.New(), TestContext.Current.CancellationToken);
        bot.Connector.FailNextWith(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        var response = await bot.CreateClient().PostActivityAsync(Activities.Message(user, "hjälp"),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = bot.Connector.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(429, attempts[0].Status);
        Assert.True(attempts[1].Accepted);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900),
            $"The retry came {(attempts[1].At - attempts[0].At).TotalMilliseconds:F0} ms after the 429; Retry-After said 1 s.");
        Assert.Equal(attempts[0].Body, attempts[1].Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_connector_errors_are_retried(HttpStatusCode status)
    {
        var user = await bot.InstalledAsync(TeamsUser.New(), TestContext.Current.CancellationToken);
        bot.Connector.FailNextWith(status);
        bot.Connector.FailNextWith(status);

        await bot.CreateClient().PostActivityAsync(Activities.Message(user, "hjälp"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, bot.Connector.Requests.Count);
        Assert.Single(bot.Connector.Sent);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_connector_error_that_means_the_request_is_wrong_is_not_retried(HttpStatusCode status)
    {
        var user = await bot.InstalledAsync(TeamsUser.New(), TestContext.Current.CancellationToken);
        // Every attempt fails, so a retry would show as more than one request per send.
        for (var i = 0; i < 10; i++)
        {
            bot.Connector.FailNextWith(status);
        }

        var response = await bot.CreateClient().PostActivityAsync(Activities.Message(user, "hjälp"),
            cancellationToken: TestContext.Current.CancellationToken);

        // The reply failed, then the apology failed the same way: two sends, one attempt each.
        Assert.Equal(2, bot.Connector.Requests.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_crash_in_one_conversation_gets_an_apology_and_does_not_affect_another()
    {
        using var failing = new TraineeBotFactory().WithServices(services =>
            services.Replace(ServiceDescriptor.Scoped<IConversationStore, ExplodingStore>()));
        var client = failing.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var crash = await client.PostActivityAsync(Activities.Message(TeamsUser.New(locale: "en-US") with { ConversationId = "a:boom" }, "help"), cancellationToken: ct);
        var apology = Assert.Single(failing.Connector.Sent);

        Assert.Equal(HttpStatusCode.OK, crash.StatusCode);
        Assert.StartsWith("Sorry, something went wrong on my side.", apology.Text, StringComparison.Ordinal);
        Assert.Equal("a:boom", apology.Conversation?.Id);
    }

    [Fact]
    public async Task Other_conversations_keep_working_while_one_crashes()
    {
        using var failing = new TraineeBotFactory().WithServices(services =>
            services.Replace(ServiceDescriptor.Scoped<IConversationStore, ExplodingStore>()));
        var client = failing.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        // The in-memory fallback store behind ExplodingStore answers for every conversation but a:boom.
        var healthy = TeamsUser.New();
        var results = await Task.WhenAll(
            client.PostActivityAsync(Activities.Message(healthy with { ConversationId = "a:boom" }, "hjälp"), cancellationToken: ct),
            client.PostActivityAsync(Activities.Message(healthy, "hjälp"), cancellationToken: ct));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains(failing.Connector.Sent, a => a.Conversation?.Id == healthy.ConversationId &&
            a.Text!.Contains("Det här kan du skriva till mig", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_card_verb_is_answered_with_a_universal_actions_error()
    {
        var response = await bot.CreateClient().PostActivityAsync(Activities.CardAction(TeamsUser.New(), "noSuchVerb"),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("UnknownVerb", body["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501()
    {
        var invoke = Activities.CardAction(TeamsUser.New(), "x");
        invoke.Name = "composeExtension/query";

        var response = await bot.CreateClient().PostActivityAsync(invoke, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Activities_that_need_no_answer_get_200_and_no_message(string type)
    {
        var activity = Activities.Message(TeamsUser.New(), "x");
        activity.Type = type;

        var response = await bot.CreateClient().PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task In_local_mode_the_bot_never_sends_to_a_serviceUrl_off_this_machine()
    {
        var message = Activities.Message(TeamsUser.New(), "hjälp");
        message.ServiceUrl = "https://attacker.example.com/";

        var response = await bot.CreateClient().PostActivityAsync(message, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(bot.Connector.Requests);
        // Refused before any turn runs: there is nowhere the bot may answer.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => bot.Dispose();

    /// <summary>Fails every turn in conversation a:boom; works in memory for all others.</summary>
    private sealed class ExplodingStore : IConversationStore
    {
        public Task<Contact> RecordAsync(IncomingContact contact, CancellationToken cancellationToken) =>
            contact.ConversationId == "a:boom"
                ? throw new InvalidOperationException("storage exploded")
                : Task.FromResult(new Contact(Guid.NewGuid(), Guid.NewGuid(), contact.Name, "sv", true, Core.Users.UserRole.Unassigned, false, DateTimeOffset.UtcNow));

        public Task MarkWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ClearWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<Contact?> ClaimRegisteredAsync(Contact newContact, IReadOnlyCollection<string> addresses, CancellationToken cancellationToken) =>
            Task.FromResult<Contact?>(null);
    }
}
