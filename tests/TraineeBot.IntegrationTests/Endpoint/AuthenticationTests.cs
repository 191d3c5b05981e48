using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Testing;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.IntegrationTests.Endpoint;

/// <summary>
/// The production pipeline with an app id: tokens are checked against OpenID metadata served by a real local server,
/// replies carry the bot's own token, and local mode is refused outside Development.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private OpenIdMetadataServer metadata = null!;
    private TraineeBotFactory bot = null!;

    public async ValueTask InitializeAsync()
    {
        metadata = await OpenIdMetadataServer.StartAsync(TestContext.Current.CancellationToken);
        metadata.BotFramework.Publish(TestKeys.Teams);
        bot = new TraineeBotFactory()
            .With("MicrosoftAppId", TestBot.AppId)
            .With("MicrosoftAppPassword", "secret-from-configuration")
            .With("Bot:Authentication:BotFrameworkOpenIdMetadataUrl", metadata.BotFrameworkMetadataUrl.AbsoluteUri)
            .With("Bot:Authentication:EntraOpenIdMetadataUrlTemplate", metadata.EntraMetadataUrlTemplate)
            .With("Bot:Authentication:RequireHttpsMetadata", "false")
            .WithServices(services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(new StaticConnectorToken("outbound-token"))));
        bot.Environment = "Production";
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_with_no_body_and_changes_nothing()
    {
        var response = await bot.CreateClient().PostActivityAsync(Message(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(bot.Connector.Requests);
        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Users);
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        var token = TestTokens.Mint(TestTokens.ChannelToken(TestKeys.Teams, DateTimeOffset.UtcNow));

        var response = await bot.CreateClient().PostActivityAsync(Message(), token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Connector.Requests, r => r.Activity?.Text is not null);
        Assert.Equal("Bearer outbound-token", reply.Authorization);
        Assert.StartsWith(TestBot.ServiceUrl, reply.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_bot_gets_401()
    {
        var token = TestTokens.Mint(TestTokens.ChannelToken(TestKeys.Teams, DateTimeOffset.UtcNow), d => d.Audience = Guid.NewGuid().ToString());

        var response = await bot.CreateClient().PostActivityAsync(Message(), token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_token_whose_serviceurl_claim_differs_from_the_activity_gets_401()
    {
        var token = TestTokens.Mint(TestTokens.ChannelToken(TestKeys.Teams, DateTimeOffset.UtcNow));
        var message = Message();
        message.ServiceUrl = "https://attacker.example.com/";

        var response = await bot.CreateClient().PostActivityAsync(message, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public void Local_mode_outside_Development_refuses_to_start_and_says_what_to_set()
    {
        using var unconfigured = new TraineeBotFactory();
        unconfigured.Environment = "Production";

        var error = Assert.ThrowsAny<Exception>(() => unconfigured.CreateClient());

        Assert.Contains("MicrosoftAppId", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_outside_Development_starts_when_explicitly_allowed()
    {
        using var allowed = new TraineeBotFactory().With("Bot:AllowUnauthenticated", "true");
        allowed.Environment = "Production";

        var response = await allowed.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Activity Message()
    {
        var activity = Activities.Message(TeamsUser.New(), "hjälp");
        activity.ServiceUrl = TestBot.ServiceUrl;
        return activity;
    }

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        await metadata.DisposeAsync();
    }
}
