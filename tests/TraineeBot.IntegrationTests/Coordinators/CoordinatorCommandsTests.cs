using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators;

/// <summary>The example commands in the help list do what they show: none of them gets the help list back.</summary>
public sealed class CoordinatorCommandsTests : IDisposable
{
    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false");

    [Theory]
    [InlineData("sv-SE", "sv")]
    [InlineData("en-GB", "en")]
    public async Task Every_example_command_is_understood(string locale, string language)
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var help = CoordinatorExamplesFeature.Text(language);
        Assert.Contains(CoordinatorCommands.Title(language), help, StringComparison.Ordinal);
        var karin = Conversation.For(bot, f.CoordinatorUser with { Locale = locale }).Install().ExpectCard("welcome");

        // The CSV example describes what to paste; the others are sent as written.
        foreach (var example in CoordinatorCommands.Examples(language).Where(e => !e.Contains("CSV", StringComparison.Ordinal)))
        {
            karin = karin.Send(example).ExpectReply(reply => Assert.False(reply.Text == help, $"'{example}' got the help list"));
        }

        await karin.RunAsync();
    }

    public void Dispose() => bot.Dispose();
}
