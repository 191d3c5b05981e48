using System.Net;
using System.Net.Http.Headers;
using Polly;
using TraineeBot.BotFramework;

namespace TraineeBot.UnitTests.Connector;

public sealed class ConnectorRetryRulesTests
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void Only_throttling_and_transient_statuses_are_retried(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, ConnectorRetryRules.ShouldRetry(Outcome.FromResult(response), MaxDelay));
    }

    [Fact]
    public void A_429_asking_for_a_longer_wait_than_allowed_is_not_waited_for()
    {
        using var shortWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        shortWait.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5));
        using var longWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        longWait.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));

        Assert.True(ConnectorRetryRules.ShouldRetry(Outcome.FromResult(shortWait), MaxDelay));
        Assert.False(ConnectorRetryRules.ShouldRetry(Outcome.FromResult(longWait), MaxDelay));
    }

    [Fact]
    public void Network_failures_and_attempt_timeouts_are_retried()
    {
        Assert.True(ConnectorRetryRules.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused")), MaxDelay));
        Assert.True(ConnectorRetryRules.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new Polly.Timeout.TimeoutRejectedException()), MaxDelay));
        Assert.False(ConnectorRetryRules.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), MaxDelay));
    }
}
