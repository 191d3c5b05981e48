using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace TraineeBot.Graph;

/// <summary>
/// Makes a <see cref="GraphServiceClient"/> per operation on the named <see cref="HttpClient"/> "Graph" from
/// <see cref="IHttpClientFactory"/>. Because the client is handed in, the Graph SDK adds none of its own middleware
/// (no Kiota retry, redirect or compression handlers): only our resilience pipeline retries.
/// </summary>
internal sealed class GraphClientFactory(IHttpClientFactory httpClients, IGraphAccessTokenProvider tokens, IOptions<GraphOptions> options)
{
    public const string HttpClientName = "Graph";

    public GraphServiceClient Create()
    {
        var baseUrl = options.Value.BaseUrl;
        return new GraphServiceClient(
            httpClients.CreateClient(HttpClientName),
            new GraphAuthenticationProvider(tokens, baseUrl),
            baseUrl.AbsoluteUri.TrimEnd('/'));
    }
}
