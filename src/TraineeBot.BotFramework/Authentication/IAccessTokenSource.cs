namespace TraineeBot.BotFramework.Authentication;

/// <summary>Acquires a fresh token for the Bot Connector. The seam between MSAL and <see cref="CachingConnectorTokenProvider"/>.</summary>
internal interface IAccessTokenSource
{
    Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken);
}

/// <summary>An access token and when it expires. Not a record, so that no generated ToString prints the token.</summary>
internal sealed class ConnectorAccessToken(string value, DateTimeOffset expiresOn)
{
    public string Value { get; } = value;
    public DateTimeOffset ExpiresOn { get; } = expiresOn;
}
