using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

public sealed class CachingConnectorTokenProviderTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(TestBot.Now);
    private readonly CountingTokenSource _source;
    private readonly CachingConnectorTokenProvider _provider;

    public CachingConnectorTokenProviderTests()
    {
        _source = new CountingTokenSource(_time);
        _provider = new CachingConnectorTokenProvider(_source, _time, NullLogger<CachingConnectorTokenProvider>.Instance);
    }

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_it_expires()
    {
        var first = await GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(55) - TimeSpan.FromSeconds(1));
        var stillCached = await GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", stillCached);
        Assert.Equal(1, _source.Calls);
    }

    [Fact]
    public async Task Token_is_refreshed_from_five_minutes_before_it_expires()
    {
        await GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(55));

        var refreshed = await GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(30));
        var cachedAgain = await GetTokenAsync();

        Assert.Equal("token-2", refreshed);
        Assert.Equal("token-2", cachedAgain);
        Assert.Equal(2, _source.Calls);
    }

    [Fact]
    public async Task Concurrent_callers_share_a_single_refresh()
    {
        _source.Hold();
        var callers = Enumerable.Range(0, 20).Select(_ => GetTokenAsync()).ToList();

        _source.Release();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, token => Assert.Equal("token-1", token));
        Assert.Equal(1, _source.Calls);
    }

    [Fact]
    public async Task Failed_refresh_falls_back_to_the_cached_token_while_it_is_still_valid()
    {
        await GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(57));
        _source.Failure = new HttpRequestException("token endpoint down");

        var fallback = await GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(3));
        await Assert.ThrowsAsync<HttpRequestException>(GetTokenAsync);

        Assert.Equal("token-1", fallback);
    }

    [Fact]
    public async Task Failure_without_a_cached_token_propagates()
    {
        _source.Failure = new HttpRequestException("token endpoint down");

        await Assert.ThrowsAsync<HttpRequestException>(GetTokenAsync);
    }

    private async Task<string> GetTokenAsync() =>
        await _provider.GetTokenAsync(TestContext.Current.CancellationToken) ?? throw new InvalidOperationException("no token");
}
