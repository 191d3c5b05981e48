using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Help;

/// <summary>"Radera mina uppgifter" / "my data", as the consent text promises, reach the coordinator as a case.</summary>
public sealed class DataRequestTests
{
    [Theory]
    [InlineData("sv-SE", "Radera mina uppgifter!", "Jag har bett Karin att radera dina uppgifter.", "Traineen vill att deras uppgifter raderas.")]
    [InlineData("en-GB", "delete my data", "I have asked Karin to delete your data.", "Traineen vill att deras uppgifter raderas.")]
    [InlineData("sv-SE", "mina uppgifter", "Jag har bett Karin att skicka dig allt som finns sparat om dig.", "Traineen vill veta vilka uppgifter")]
    [InlineData("en-GB", "My data", "I have asked Karin to send you everything that is stored about you.", "Traineen vill veta vilka uppgifter")]
    public async Task A_openedfor_ones_data_goes_to_the_coordinator_with_the_trainees_words(string locale, string request, string told, string detail)
    {
        var bot = HelpTestBed.NewBot();
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot, locale);

        await trainee.Send(request).ExpectReplyContaining(told).ExpectNothingMore();
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator", card => Assert.Contains(detail, card.VisibleText(), StringComparison.Ordinal));

        await using var db = bot.OpenDatabase();
        var opened = await db.Cases.AsNoTracking().Include(c => c.Messages).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(CaseKind.Question, opened.Kind);
        Assert.Equal(request.Trim(), opened.Messages.Single().Text);
    }

    [Fact]
    public async Task Someone_who_is_not_a_trainee_is_not_sent_to_a_coordinator()
    {
        var bot = HelpTestBed.NewBot();
        await Conversation.For(bot, TeamsUser.New("Okänd")).Install().ExpectCard("welcome")
            .Send("radera mina uppgifter").ExpectReplyContaining("Jag förstod inte riktigt.");

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Cases);
    }
}
