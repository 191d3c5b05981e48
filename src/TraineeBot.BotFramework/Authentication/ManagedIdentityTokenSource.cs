using Microsoft.Identity.Client;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>A user-assigned managed identity.</summary>
internal sealed class ManagedIdentityTokenSource(IManagedIdentityApplication application) : IAccessTokenSource
{
    internal IManagedIdentityApplication Application => application;

    public async Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForManagedIdentity(MsalAccessTokenSources.ConnectorResource).ExecuteAsync(cancellationToken);
        return new ConnectorAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
