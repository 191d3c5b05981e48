using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Harness;

/// <summary>The conversation harness itself: it drives the real pipeline and fails readably.</summary>
public sealed class ConversationHarnessTests : IDisposable
{
    private readonly TraineeBotFactory bot = new TraineeBotFactory().WithFakeClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_flow_runs_its_steps_in_order_against_the_bot()
    {
        var user = TeamsUser.New("Amira Hassan");

        await Conversation.For(bot, user)
            .Install()
            .ExpectCard("welcome", card => Assert.Contains("Hej Amira!", card.VisibleText(), StringComparison.Ordinal))
            .Send("hjälp")
            .ExpectReplyContaining("Det här kan du skriva till mig")
            .WithLocale("en-US")
            .Send("what can you do")
            .ExpectReplyContaining("This is what you can write to me")
            .ExpectNothingMore();
    }

    [Fact]
    public async Task The_fake_clock_is_the_bots_clock()
    {
        var user = TeamsUser.New();

        await Conversation.For(bot, user)
            .Install()
            .ExpectCard("welcome")
            .Then(() => bot.Clock!.Advance(TimeSpan.FromDays(3)))
            .Send("hjälp")
            .ExpectReplyContaining("hjälp")
            .Then(async () =>
            {
                await using var db = bot.OpenDatabase();
                var stored = await db.Users.SingleAsync(u => u.ChannelUserId == user.Id);
                Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), stored.CreatedUtc);
                Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), stored.LastSeenUtc);
            });
    }

    [Fact]
    public async Task A_failed_expectation_shows_the_transcript_so_far()
    {
        var flow = Conversation.For(bot, TeamsUser.New())
            .Install()
            .ExpectCard("welcome")
            .Send("hjälp")
            .ExpectReply("something else entirely");

        var failure = await Assert.ThrowsAsync<ConversationFailedException>(flow.RunAsync);

        Assert.Contains("something else entirely", failure.Message, StringComparison.Ordinal);
        Assert.Contains("user: hjälp", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[card welcome] Välkommen till TraineeBot", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expecting_more_than_was_sent_fails_and_so_does_an_unexpected_extra()
    {
        var user = TeamsUser.New();
        var tooMuch = Conversation.For(bot, user).Install().ExpectCard("welcome").ExpectReply(_ => { });
        Assert.Contains("sent nothing more", (await Assert.ThrowsAsync<ConversationFailedException>(tooMuch.RunAsync)).Message, StringComparison.Ordinal);

        var other = TeamsUser.New();
        var extra = Conversation.For(bot, other).Install().ExpectNothingMore();
        Assert.Contains("[card welcome]", (await Assert.ThrowsAsync<ConversationFailedException>(extra.RunAsync)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoke_answer_is_kept_for_assertions()
    {
        var flow = Conversation.For(bot, TeamsUser.New()).Install().ExpectCard("welcome").ExecuteCard("noSuchVerb", new { x = 1 });

        await flow;

        Assert.Equal(400, flow.LastInvokeResponse!["statusCode"]!.GetValue<int>());
    }

    public void Dispose() => bot.Dispose();
}
