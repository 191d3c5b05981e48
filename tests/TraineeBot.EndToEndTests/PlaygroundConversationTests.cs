using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;

namespace TraineeBot.EndToEndTests;

/// <summary>
/// The bot on a real loopback port, driven by Microsoft 365 Agents Playground — a Teams-like client nobody here
/// wrote. It sends no Authorization header, so the bot runs in local mode; it sends locale en-US and ids that are not
/// GUIDs, both of which the bot must take in its stride.
/// </summary>
public sealed class PlaygroundConversationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Install_then_hej_gets_a_welcome_card_and_an_answer_through_Playground()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await using var playground = await AgentsPlayground.StartAsync(endpoint, ct);

        await playground.InstallAsync(ct);
        var welcome = await playground.NextFromBotAsync(m => m["attachments"] is { } a && a.ToJsonString().Contains("AdaptiveCard", StringComparison.Ordinal), Patience, ct);

        await playground.SendAsync("hej", ct);
        var answer = await playground.NextFromBotAsync(m => m["text"] is not null, Patience, ct);

        // Playground's client locale is en-US, so the bot writes English.
        Assert.StartsWith("Welcome to TraineeBot", welcome["attachments"]![0]!["content"]!.VisibleText(), StringComparison.Ordinal);
        Assert.StartsWith("Sorry, I did not understand", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await playground.SendAsync("svenska", ct);
        Assert.Equal("Okej! Jag skriver på svenska från och med nu.",
            (await playground.NextFromBotAsync(m => m["text"] is not null, Patience, ct))["text"]!.GetValue<string>());
        await playground.SendAsync("hjälp", ct);
        Assert.StartsWith("Det här kan du skriva till mig",
            (await playground.NextFromBotAsync(m => m["text"] is not null, Patience, ct))["text"]!.GetValue<string>(), StringComparison.Ordinal);

        // One welcome, though Playground sends installationUpdate and conversationUpdate for the install.
        Assert.Single(playground.Received, r => r["message"]!["attachments"]?.ToJsonString().Contains("AdaptiveCard", StringComparison.Ordinal) == true);

        await using var db = bot.OpenDatabase();
        var user = await db.Users.Include(u => u.Conversations).SingleAsync(u => u.ChannelUserId == playground.UserId, ct);
        Assert.Equal(playground.PersonalChatId, Assert.Single(user.Conversations).ConversationId);
        Assert.Equal("sv", user.Language);
    }
}
