using System.Text.Json.Nodes;
using TraineeBot.Testing;

namespace TraineeBot.EndToEndTests;

/// <summary>The feedback dialog from dialogs/feedback.yaml, answered through Agents Playground as a Teams user would.</summary>
public sealed class PlaygroundDialogTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_feedback_dialog_can_be_answered_in_Playground()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        await using var playground = await AgentsPlayground.StartAsync(bot.StartOnLoopback(), ct);
        await playground.InstallAsync(ct);
        await playground.NextFromBotAsync(m => Shows(m, "Welcome to TraineeBot"), Patience, ct);

        // Playground passes cards on without their attachment name, so they are recognised by what they show.
        await playground.SendAsync("feedback", ct);
        await playground.NextFromBotAsync(m => Shows(m, "How easy is TraineeBot to use?"), Patience, ct);
        await playground.SendAsync("very easy", ct);
        await playground.NextFromBotAsync(m => Shows(m, "Do you want to write something more?"), Patience, ct);
        await playground.SendAsync("no", ct);
        await playground.NextFromBotAsync(m => Shows(m, "May your trainee coordinator contact you"), Patience, ct);
        await playground.SendAsync("no", ct);
        var summary = await playground.NextFromBotAsync(m => Shows(m, "Here are your answers."), Patience, ct);
        await playground.SendAsync("yes", ct);
        var thanks = await playground.NextFromBotAsync(m => m["text"] is not null, Patience, ct);

        Assert.Contains("5 – Very easy", CardText(summary), StringComparison.Ordinal);
        Assert.Equal("Thank you for your feedback! It helps us make TraineeBot better.", thanks["text"]!.GetValue<string>());
    }

    private static bool Shows(JsonObject message, string text) =>
        message["attachments"]?[0]?["content"] is { } card && card.VisibleText().Contains(text, StringComparison.Ordinal);

    private static string CardText(JsonObject message) => message["attachments"]![0]!["content"]!.VisibleText();
}
