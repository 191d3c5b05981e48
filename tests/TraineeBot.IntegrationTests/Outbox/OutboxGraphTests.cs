using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Outbox;
using TraineeBot.Graph;
using TraineeBot.Testing;
using TraineeBot.Testing.FakeGraph;
using TraineeBot.Testing.Outbox;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>
/// Reaching a person who never talked to the bot: the outbox installs the app for them through Graph (a real local
/// fake Graph server with the real request shapes), reads the chat's id and sends there.
/// </summary>
public sealed class OutboxGraphTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;
    private TraineeBotFactory bot = null!;

    public async ValueTask InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync(TestContext.Current.CancellationToken);
        bot = OutboxTestBed.NewBot()
            .With("Graph:TenantId", "5a1b7c9d-0e2f-4a6b-8c0d-1e2f3a4b5c6d")
            .With("Graph:ClientId", FakeGraphServer.BotAppId)
            .With("Graph:ClientSecret", "unused-the-token-is-fixed")
            .With("Graph:TeamsAppCatalogId", FakeGraphServer.TeamsAppCatalogId)
            .With("Graph:BaseUrl", graph.BaseUrl.AbsoluteUri)
            .With("Graph:Resilience:RetryBaseDelay", "00:00:00.010")
            .With("Outbox:ServiceUrl", ProactiveData.ServiceUrl)
            .WithServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphAccessTokenProvider>(new StaticGraphToken("graph-token"))));
    }

    private DateTimeOffset Now => bot.Clock!.GetUtcNow();

    [Fact]
    public async Task The_app_is_installed_for_someone_who_never_used_it_and_the_message_goes_to_the_new_chat()
    {
        var sara = graph.AddUser("Sara Lind", "sara.lind@kommun.se");
        var recipient = await ProactiveData.AddUserWithoutChatAsync(bot.Services, "Sara Lind", sara.Id);
        await bot.EnqueueAsync(ProactiveData.Marked(recipient, "hej-sara", Now));

        await bot.DrainAsync();

        Assert.True(graph.IsInstalled(sara.Id));
        var sent = Assert.Single(bot.Connector.Sent);
        Assert.Equal("hej-sara", sent.Text);
        Assert.Equal(FakeGraphServer.ChatIdFor(sara.Id), sent.Conversation!.Id);
        await using var db = bot.OpenDatabase();
        var reference = await db.ConversationReferences.SingleAsync(c => c.UserId == recipient, TestContext.Current.CancellationToken);
        Assert.Equal(FakeGraphServer.ChatIdFor(sara.Id), reference.ConversationId);
        Assert.Equal("personal", reference.ConversationType);
        var install = Assert.Single(graph.Requests, r => r.Method == "POST");
        Assert.Contains(FakeGraphServer.CatalogAppBind, install.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_already_installed_409_is_used_as_it_is()
    {
        var omar = graph.AddUser("Omar Ali", "omar.ali@kommun.se");
        graph.MarkInstalled(omar.Id);
        var recipient = await ProactiveData.AddUserWithoutChatAsync(bot.Services, "Omar Ali", omar.Id);
        await bot.EnqueueAsync(ProactiveData.Marked(recipient, "hej-omar", Now));

        await bot.DrainAsync();

        Assert.Equal(FakeGraphServer.ChatIdFor(omar.Id), Assert.Single(bot.Connector.Sent).Conversation!.Id);
    }

    [Fact]
    public async Task Someone_Graph_does_not_know_is_unreachable_and_nothing_is_sent()
    {
        var recipient = await ProactiveData.AddUserWithoutChatAsync(bot.Services, "Ingen Alls", Guid.NewGuid().ToString());
        await bot.EnqueueAsync(ProactiveData.Marked(recipient, "hej", Now));

        await bot.DrainAsync();

        var message = Assert.Single(await bot.MessagesAsync());
        Assert.Equal(OutboxStatus.Unreachable, message.Status);
        Assert.Contains("could not be installed", message.LastError, StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Sent);
    }

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        await graph.DisposeAsync();
    }
}
