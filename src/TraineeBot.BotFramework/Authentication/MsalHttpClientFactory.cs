using Microsoft.Identity.Client;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>Gives MSAL clients from <see cref="IHttpClientFactory"/>, so token requests use the app's managed handlers.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotAuthenticationHttpClients.Token);
}
