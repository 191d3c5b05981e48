using Microsoft.Identity.Client;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>Client credentials (secret or certificate). MSAL keeps its own in-memory token cache per application.</summary>
internal sealed class ConfidentialClientTokenSource(IConfidentialClientApplication application) : IAccessTokenSource
{
    internal IConfidentialClientApplication Application => application;

    public async Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient([MsalAccessTokenSources.ConnectorScope]).ExecuteAsync(cancellationToken);
        return new ConnectorAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
