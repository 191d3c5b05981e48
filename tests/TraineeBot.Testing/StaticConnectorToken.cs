using TraineeBot.BotFramework.Authentication;

namespace TraineeBot.Testing;

/// <summary>An outbound token provider that always hands out the same token, so tests can see it on the wire.</summary>
public sealed class StaticConnectorToken(string token) : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
