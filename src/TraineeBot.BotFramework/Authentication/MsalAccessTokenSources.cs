using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>Builds the MSAL application that matches the configured app type and credential.</summary>
internal static class MsalAccessTokenSources
{
    /// <summary>The scope of a client-credentials token for the Bot Connector.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The resource a managed identity asks for.</summary>
    public const string ConnectorResource = "https://api.botframework.com";

    /// <summary>The tenant that issues tokens to multi-tenant bots.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    /// <summary>
    /// Client secret or certificate (the certificate wins when both are set) against <c>EntraAuthority</c> +
    /// <c>botframework.com</c> (MultiTenant) or + <c>MicrosoftAppTenantId</c> (SingleTenant); or, for UserAssignedMSI, the
    /// user-assigned managed identity whose client id is <c>MicrosoftAppId</c>. Expects validated options.
    /// </summary>
    public static IAccessTokenSource Create(BotAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var appId = options.MicrosoftAppId ?? throw new ArgumentException("MicrosoftAppId is required.", nameof(options));
        var appType = BotAppTypes.Parse(options.MicrosoftAppType);

        if (appType == BotAppType.UserAssignedMsi)
        {
            var managedIdentity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            return new ManagedIdentityTokenSource(managedIdentity);
        }

        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithAuthority(Authority(options, appType))
            .WithHttpClientFactory(httpClientFactory);
        builder = string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath)
            ? builder.WithClientSecret(options.MicrosoftAppPassword)
            : builder.WithCertificate(AppCertificateLoader.Load(
                options.MicrosoftAppCertificatePath, options.MicrosoftAppCertificatePassword, "MicrosoftAppCertificatePath", "MicrosoftAppCertificatePassword"));
        return new ConfidentialClientTokenSource(builder.Build());
    }

    internal static string Authority(BotAuthenticationOptions options, BotAppType appType)
    {
        var tenant = appType == BotAppType.SingleTenant ? options.MicrosoftAppTenantId?.Trim() : MultiTenantAuthorityTenant;
        return $"{options.EntraAuthority.AbsoluteUri.TrimEnd('/')}/{tenant}";
    }
}
