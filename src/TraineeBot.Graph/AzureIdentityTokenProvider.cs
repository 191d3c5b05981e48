using Azure.Core;

namespace TraineeBot.Graph;

/// <summary>
/// Tokens from an Azure.Identity credential for <see cref="GraphOptions.Scope"/>. The credentials keep their own
/// in-memory token cache (MSAL underneath), so asking on every request costs nothing while the token is valid.
/// </summary>
internal sealed class AzureIdentityTokenProvider(TokenCredential credential) : IGraphAccessTokenProvider
{
    private static readonly TokenRequestContext Request = new([GraphOptions.Scope]);

    internal TokenCredential Credential => credential;

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        (await credential.GetTokenAsync(Request, cancellationToken)).Token;
}
