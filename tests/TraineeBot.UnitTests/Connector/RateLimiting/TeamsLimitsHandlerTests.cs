using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using TraineeBot.Testing;
using TraineeBot.Testing.TeamsLimits;
using static TraineeBot.UnitTests.Connector.RateLimiting.SendSimulation;

namespace TraineeBot.UnitTests.Connector.RateLimiting;

/// <summary>The test oracle itself, and the handler that puts it in front of the fake connector.</summary>
public sealed class TeamsLimitsHandlerTests
{
    private static readonly Uri ServiceUrl = new("https://smba.example.test/teams/");

    [Fact]
    public void The_oracle_rejects_the_eighth_in_a_second_without_recording_it()
    {
        var clock = new FakeTimeProvider(Epoch);
        var oracle = new TeamsLimitOracle(clock);
        for (var i = 0; i < 7; i++)
        {
            Assert.True(oracle.TryAdmit("t", "c", out _));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.False(oracle.TryAdmit("t", "c", out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(300), retryAfter);
        clock.Advance(retryAfter);
        Assert.True(oracle.TryAdmit("t", "c", out _));
        Assert.Equal(8, oracle.Admitted);
        Assert.Equal(1, oracle.Rejected);
    }

    [Fact]
    public void The_oracle_keeps_the_longer_windows_and_the_tenant()
    {
        var clock = new FakeTimeProvider(Epoch);
        var oracle = new TeamsLimitOracle(clock, tenantPerSecond: 3);
        Assert.True(oracle.TryAdmit("t", "a", out _));
        Assert.True(oracle.TryAdmit("t", "b", out _));
        Assert.True(oracle.TryAdmit("t", "c", out _));
        Assert.False(oracle.TryAdmit("t", "d", out var tenantWait));
        Assert.Equal(TimeSpan.FromSeconds(1), tenantWait);
        Assert.True(oracle.TryAdmit("u", "d", out _));

        var conversation = new TeamsLimitOracle(clock, tenantPerSecond: 1000);
        var admitted = 0;
        while (conversation.TryAdmit("t", "c", out var wait) || wait < TimeSpan.FromSeconds(2))
        {
            admitted++;
            clock.Advance(TimeSpan.FromMilliseconds(250));
        }

        // 8 per 2 s gives 4 a second; the 61st within 30 s is the first to wait longer.
        Assert.InRange(admitted, 60, 70);
        Assert.False(conversation.TryAdmit("t", "c", out var thirtySecondWait));
        Assert.True(thirtySecondWait > TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task An_eighth_send_in_a_second_gets_429_with_retry_after_and_never_reaches_the_connector()
    {
        var clock = new FakeTimeProvider(Epoch);
        var connector = new FakeConnector();
        using var handler = new TeamsLimitsHandler(new TeamsLimitOracle(clock), connector);
        using var http = new HttpClient(handler);

        for (var i = 0; i < 6; i++)
        {
            using var ok = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/a%3Aconv/activities"), Body(tenantId: "tenant"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var reply = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/a%3Aconv/activities/123"), Body(tenantId: "tenant"), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        }

        clock.Advance(TimeSpan.FromMilliseconds(200));
        using var refused = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/a%3Aconv/activities"), Body(tenantId: "tenant"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("\"error\"", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(7, connector.Requests.Count);
        Assert.Equal(1, handler.Oracle.Rejected);
    }

    [Fact]
    public async Task The_tenant_comes_from_the_conversation_or_the_channel_data_and_other_calls_pass()
    {
        var clock = new FakeTimeProvider(Epoch);
        var connector = new FakeConnector();
        using var handler = new TeamsLimitsHandler(new TeamsLimitOracle(clock, tenantPerSecond: 1), connector);
        using var http = new HttpClient(handler);

        using var first = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/one/activities"), Body(tenantId: "tenant-a"), TestContext.Current.CancellationToken);
        using var sameTenant = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/two/activities"), Body(channelTenant: "tenant-a"), TestContext.Current.CancellationToken);
        using var otherTenant = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/two/activities"), Body(channelTenant: "tenant-b"), TestContext.Current.CancellationToken);
        using var noTenant = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations/three/activities"), Body(), TestContext.Current.CancellationToken);
        using var update = await http.PutAsync(new Uri(ServiceUrl, "v3/conversations/one/activities/1"), Body(tenantId: "tenant-a"), TestContext.Current.CancellationToken);
        using var create = await http.PostAsync(new Uri(ServiceUrl, "v3/conversations"), Body(tenantId: "tenant-a"), TestContext.Current.CancellationToken);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created],
            [first.StatusCode, sameTenant.StatusCode, otherTenant.StatusCode, noTenant.StatusCode, update.StatusCode, create.StatusCode]);
        Assert.Equal(3, handler.Oracle.Admitted);
    }

    private static StringContent Body(string? tenantId = null, string? channelTenant = null)
    {
        var conversation = tenantId is null ? "{\"id\":\"x\"}" : $$"""{"id":"x","tenantId":"{{tenantId}}"}""";
        var channelData = channelTenant is null ? "null" : $$$"""{"tenant":{"id":"{{{channelTenant}}}"}}""";
        return new StringContent("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":" + conversation + ",\"channelData\":" + channelData + "}",
            Encoding.UTF8, "application/json");
    }
}
