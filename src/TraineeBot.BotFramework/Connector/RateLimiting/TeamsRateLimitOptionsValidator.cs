using Microsoft.Extensions.Options;

namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>Refuses, at startup, limits that cannot be enforced (no windows, zero permits, negative margin).</summary>
internal sealed class TeamsRateLimitOptionsValidator : IValidateOptions<TeamsRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
