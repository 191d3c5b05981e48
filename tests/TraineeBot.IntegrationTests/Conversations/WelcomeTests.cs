using Microsoft.EntityFrameworkCore;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Conversations;

public sealed class WelcomeTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Fact]
    public async Task Install_sends_one_Swedish_welcome_card_and_stores_the_user_and_conversation()
    {
        var client = bot.CreateClient();
        var user = TeamsUser.New("Amira Hassan", "sv-SE");
        var ct = TestContext.Current.CancellationToken;

        // Teams and Agents Playground send both at once for one install.
        var responses = await Task.WhenAll(
            client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct),
            client.PostActivityAsync(Activities.MembersAdded(user), cancellationToken: ct));

        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
        var sent = Assert.Single(bot.Connector.Sent);
        var attachment = Assert.Single(sent.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        var card = sent.Card().VisibleText();
        Assert.StartsWith("Välkommen till TraineeBot", card, StringComparison.Ordinal);
        Assert.Contains("Hej Amira!", card, StringComparison.Ordinal);
        Assert.DoesNotContain("${", attachment.Content!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(user.ConversationId, sent.Conversation?.Id);
        Assert.Equal(user.Id, sent.Recipient?.Id);

        await using var db = bot.OpenDatabase();
        var stored = await db.Users.Include(u => u.Conversations).SingleAsync(u => u.ChannelUserId == user.Id, ct);
        Assert.Equal("Amira Hassan", stored.Name);
        Assert.Equal(user.AadObjectId, stored.AadObjectId);
        Assert.Equal("sv", stored.Language);
        var reference = Assert.Single(stored.Conversations);
        Assert.Equal(user.ConversationId, reference.ConversationId);
        Assert.Equal(TeamsUser.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TeamsUser.TenantId, reference.TenantId);
        Assert.Equal(TeamsUser.BotId, reference.BotId);
        Assert.NotNull(reference.WelcomedUtc);
    }

    [Fact]
    public async Task Install_from_an_English_client_welcomes_in_English()
    {
        var client = bot.CreateClient();
        var user = TeamsUser.New("Sam Lee", "en-US");

        await client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: TestContext.Current.CancellationToken);

        var card = Assert.Single(bot.Connector.Sent).Card().VisibleText();
        Assert.Contains("Welcome to TraineeBot", card, StringComparison.Ordinal);
        Assert.Contains("Hi Sam!", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reinstall_after_uninstall_welcomes_again_but_a_repeated_install_event_does_not()
    {
        var client = bot.CreateClient();
        var user = TeamsUser.New();
        var ct = TestContext.Current.CancellationToken;

        await client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct);
        await client.PostActivityAsync(Activities.MembersAdded(user, botAdded: false), cancellationToken: ct);
        Assert.Single(bot.Connector.Sent);

        await client.PostActivityAsync(Activities.InstallationRemove(user), cancellationToken: ct);
        await client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct);
        Assert.Equal(2, bot.Connector.Sent.Count);
    }

    [Fact]
    public async Task A_locale_less_conversationUpdate_that_arrives_first_leaves_the_welcome_to_the_installationUpdate()
    {
        var client = bot.CreateClient();
        var user = TeamsUser.New("Sam Lee", "en-US");
        var membersAdded = Activities.MembersAdded(user);
        membersAdded.Locale = null; // as Teams and Agents Playground send it
        var ct = TestContext.Current.CancellationToken;

        await client.PostActivityAsync(membersAdded, cancellationToken: ct);
        Assert.Empty(bot.Connector.Sent);
        await client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct);

        Assert.StartsWith("Welcome to TraineeBot", Assert.Single(bot.Connector.Sent).Card().VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_welcome_that_could_not_be_sent_is_sent_on_the_next_install_event()
    {
        var client = bot.CreateClient();
        var user = TeamsUser.New();
        var ct = TestContext.Current.CancellationToken;
        bot.Connector.FailNextWith(System.Net.HttpStatusCode.Forbidden);
        bot.Connector.FailNextWith(System.Net.HttpStatusCode.Forbidden);

        await client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct);
        Assert.Empty(bot.Connector.Sent);
        await client.PostActivityAsync(Activities.MembersAdded(user), cancellationToken: ct);

        Assert.StartsWith("Välkommen till TraineeBot", Assert.Single(bot.Connector.Sent).Card().VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_added_in_a_group_chat_get_no_welcome()
    {
        var client = bot.CreateClient();
        var activity = Activities.MembersAdded(TeamsUser.New());
        activity.Conversation!.ConversationType = "groupChat";
        activity.Conversation.IsGroup = true;

        var response = await client.PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(bot.Connector.Sent);
    }

    public void Dispose() => bot.Dispose();
}
