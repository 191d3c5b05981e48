namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Names of the <see cref="HttpClient"/>s the authentication layer takes from <see cref="IHttpClientFactory"/>; a host
/// can configure them further (proxy, handlers) with <c>services.AddHttpClient(name)</c>.
/// </summary>
public static class BotAuthenticationHttpClients
{
    /// <summary>Fetches OpenID metadata documents and signing keys (JWKS).</summary>
    public const string Metadata = "TraineeBot.BotFramework.Authentication.Metadata";

    /// <summary>Used by MSAL to acquire connector tokens.</summary>
    public const string Token = "TraineeBot.BotFramework.Authentication.Token";
}
