using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace TraineeBot.Graph;

/// <summary>
/// Puts the bearer token on requests to the configured Graph host, and only there: a link the service hands back
/// (paging, another host) never carries the token elsewhere.
/// </summary>
internal sealed class GraphAuthenticationProvider(IGraphAccessTokenProvider tokens, Uri baseUrl) : IAuthenticationProvider
{
    private const string AuthorizationHeader = "Authorization";

    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.URI;
        if (!string.Equals(uri.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        request.Headers.Remove(AuthorizationHeader);
        request.Headers.Add(AuthorizationHeader, "Bearer " + await tokens.GetAccessTokenAsync(cancellationToken));
    }
}
