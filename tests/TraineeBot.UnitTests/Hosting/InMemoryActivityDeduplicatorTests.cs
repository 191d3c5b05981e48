using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TraineeBot.BotFramework.Hosting;

namespace TraineeBot.UnitTests.Hosting;

public sealed class InMemoryActivityDeduplicatorTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryActivityDeduplicator deduplicator;

    public InMemoryActivityDeduplicatorTests() =>
        deduplicator = new InMemoryActivityDeduplicator(clock, Options.Create(new BotFrameworkOptions { DeduplicationWindow = TimeSpan.FromHours(1) }));

    [Fact]
    public async Task An_activity_is_claimed_once_within_the_window_and_again_after_it()
    {
        var key = new ActivityKey("msteams", "a:1", "f:1");
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await deduplicator.TryClaimAsync(key, ct));
        Assert.False(await deduplicator.TryClaimAsync(key, ct));
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await deduplicator.TryClaimAsync(key, ct));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await deduplicator.TryClaimAsync(key, ct));
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_is_another_activity()
    {
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await deduplicator.TryClaimAsync(new ActivityKey("msteams", "a:1", "1"), ct));
        Assert.True(await deduplicator.TryClaimAsync(new ActivityKey("msteams", "a:2", "1"), ct));
    }
}
