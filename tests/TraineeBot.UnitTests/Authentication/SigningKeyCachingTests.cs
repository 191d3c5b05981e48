using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;
using static TraineeBot.BotFramework.Authentication.BotAuthenticationFailures;
using static TraineeBot.Testing.Authentication.TestTokens;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

/// <summary>Metadata and keys are fetched once and kept; an unknown key id forces one refresh (key rotation).</summary>
public sealed class SigningKeyCachingTests : IAsyncLifetime
{
    private static readonly TestSigningKey RotatedIn = new("rotated-in-key", "msteams");

    private AuthenticationHarness _harness = null!;

    private PublishedKeys BotFramework => _harness.Server.BotFramework;

    public async ValueTask InitializeAsync() => _harness = await AuthenticationHarness.StartAsync();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Fifty_validations_fetch_metadata_and_keys_once()
    {
        var token = Mint(ChannelToken(TestKeys.Teams));

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _harness.AuthenticateAsync(token).AsTask()));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureReason));
        Assert.Equal(1, BotFramework.MetadataRequests);
        Assert.Equal(1, BotFramework.KeyRequests);
    }

    [Fact]
    public async Task Token_signed_by_a_rotated_in_key_is_accepted_after_one_forced_refresh()
    {
        Assert.True((await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)))).Succeeded);
        BotFramework.Publish(RotatedIn);

        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(RotatedIn)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, BotFramework.MetadataRequests);
        Assert.Equal(2, BotFramework.KeyRequests);
    }

    [Fact]
    public async Task Concurrent_requests_with_a_rotated_in_key_share_one_refresh()
    {
        Assert.True((await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)))).Succeeded);
        BotFramework.Publish(RotatedIn);
        var token = Mint(ChannelToken(RotatedIn));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _harness.AuthenticateAsync(token).AsTask()));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureReason));
        Assert.Equal(2, BotFramework.KeyRequests);
    }

    [Fact]
    public async Task Unknown_key_ids_force_at_most_one_refresh_per_minimum_interval()
    {
        await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)));

        var first = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Unpublished)));
        var second = await _harness.AuthenticateAsync(Mint(ChannelToken(new TestSigningKey("made-up-key", "msteams"))));

        Assert.Equal(UnknownSigningKey, first.FailureReason);
        Assert.Equal(UnknownSigningKey, second.FailureReason);
        Assert.Equal(2, BotFramework.KeyRequests);
    }

    [Fact]
    public async Task Failed_forced_refresh_rejects_the_token_and_keeps_the_cached_keys()
    {
        await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)));
        BotFramework.FailKeyRequests(true);

        var unknown = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Unpublished)));
        var known = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)));

        Assert.Equal(UnknownSigningKey, unknown.FailureReason);
        Assert.True(known.Succeeded, known.FailureReason);
        Assert.Equal(2, BotFramework.KeyRequests);
        Assert.Contains(_harness.Logs.Lines, line => line.StartsWith("Warning: Fetching signing keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreachable_metadata_rejects_with_keys_unavailable()
    {
        BotFramework.FailKeyRequests(true);

        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)));

        Assert.Equal(SigningKeysUnavailable, result.FailureReason);
    }

    [Fact]
    public async Task Metadata_over_plain_http_is_refused_when_https_is_required()
    {
        await using var strict = await AuthenticationHarness.StartAsync(settings => settings["Bot:Authentication:RequireHttpsMetadata"] = "true");

        var result = await strict.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)));

        Assert.Equal(SigningKeysUnavailable, result.FailureReason);
        Assert.Equal(0, strict.Server.BotFramework.MetadataRequests);
    }

    [Fact]
    public async Task After_the_minimum_interval_another_unknown_key_id_refreshes_again()
    {
        // The real clock, because ConfigurationManager throttles RequestRefresh by wall-clock time; 1 s is its smallest interval.
        await using var harness = await AuthenticationHarness.StartAsync(
            settings => settings["Bot:Authentication:MetadataMinimumRefreshInterval"] = "00:00:01", TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        var later = new TestSigningKey("later-key", "msteams");
        Assert.True((await harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams, now)))).Succeeded);
        Assert.Equal(UnknownSigningKey, (await harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Unpublished, now)))).FailureReason);
        harness.Server.BotFramework.Publish(TestKeys.Teams, later);

        await Task.Delay(TimeSpan.FromSeconds(1.2), TestContext.Current.CancellationToken);
        var result = await harness.AuthenticateAsync(Mint(ChannelToken(later, now)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(3, harness.Server.BotFramework.KeyRequests);
    }
}
