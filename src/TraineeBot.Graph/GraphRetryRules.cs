using System.Net;
using Polly;

namespace TraineeBot.Graph;

/// <summary>
/// Which Graph failures are worth another try (Graph throttling guidance): 429 and 502/503/504, waiting the
/// Retry-After the answer names when it is not longer than the bound; network failures and attempt timeouts.
/// Never other 4xx: 403, 404 and 409 are answers.
/// </summary>
internal static class GraphRetryRules
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return true;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                RetryAfter(response) is not { } wait || wait <= maxRetryAfter,
            _ => false,
        };
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }
}
