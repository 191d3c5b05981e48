using Microsoft.IdentityModel.Protocols;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Fetches metadata documents with a named client from <see cref="IHttpClientFactory"/>, taking a fresh client per fetch
/// so the factory's handler rotation applies to these long-lived caches too.
/// </summary>
internal sealed class HttpClientFactoryDocumentRetriever(IHttpClientFactory httpClientFactory, string clientName, bool requireHttps)
    : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(httpClientFactory.CreateClient(clientName)) { RequireHttps = requireHttps }
            .GetDocumentAsync(address, cancel);
}
