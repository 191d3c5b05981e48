namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity and how requests are authenticated. Keys are read from the configuration root with the names the
/// Bot Framework SDKs use (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, …), so an existing Azure Bot Service
/// configuration works unchanged. An empty <see cref="MicrosoftAppId"/> means local mode: no inbound token is checked
/// and no outbound token is sent — allowed only in Development or with <c>Bot:AllowUnauthenticated=true</c>.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A PFX/PEM file with the app's certificate, used instead of a password when set.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>Accept requests without a token when no app id is configured, outside Development too.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>OpenID metadata for tokens issued by the Bot Framework channel service (iss https://api.botframework.com).</summary>
    public Uri BotFrameworkOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>OpenID metadata for Entra-issued tokens (Emulator, and channels migrated to Entra ID tokens); {tenant} is replaced.</summary>
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Entra login host for outbound tokens.</summary>
    public Uri EntraAuthority { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Only tests serve metadata over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How often signing keys are refreshed even when nothing asks for it (the docs say at least daily).</summary>
    public TimeSpan MetadataAutomaticRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The least time between two refreshes forced by an unknown key id.</summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The hosts a channel's <c>serviceUrl</c> may name when the token does not say (an Entra-issued token has no
    /// <c>serviceurl</c> claim): the Bot Connector's public, government and Teams hosts. <c>*.</c> matches any
    /// subdomain. Without this, any app that can get an Entra token for the bot's app id in a trusted tenant could make
    /// the bot send its own connector token to an address of its choosing. Channel tokens carry the claim and are
    /// checked against it instead.
    /// </summary>
    public IList<string> ChannelServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net", "*.botframework.com", "*.botframework.us", "*.botframework.azure.us",
        "*.teams.microsoft.com", "*.teams.microsoft.us", "*.infra.gcc.teams.microsoft.com",
    ];

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Whether <paramref name="serviceUrl"/> is https on one of <see cref="ChannelServiceUrlHosts"/>.</summary>
    public bool IsChannelServiceUrl(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && ChannelServiceUrlHosts.Any(host => host.StartsWith("*.", StringComparison.Ordinal)
            ? uri.Host.EndsWith(host[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase));
}
