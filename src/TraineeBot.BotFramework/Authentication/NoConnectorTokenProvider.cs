namespace TraineeBot.BotFramework.Authentication;

/// <summary>Local mode (no MicrosoftAppId): calls to the connector carry no token.</summary>
public sealed class NoConnectorTokenProvider : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
