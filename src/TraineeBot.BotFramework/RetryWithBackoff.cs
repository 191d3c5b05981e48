using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TraineeBot.BotFramework;

/// <summary>
/// The retry every outbound HTTP client of the bot uses (connector, Graph): exponential backoff with jitter that
/// honours Retry-After, with the service's own rule for what is worth another try.
/// </summary>
public static class RetryWithBackoff
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddRetryWithBackoff(this ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, Func<Outcome<HttpResponseMessage>, bool> shouldRetry) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = maxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = baseDelay,
            MaxDelay = maxDelay,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(shouldRetry(args.Outcome)),
        });
}
