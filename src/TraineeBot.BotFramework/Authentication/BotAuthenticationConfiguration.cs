using Microsoft.Extensions.Configuration;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Where <see cref="BotAuthenticationOptions"/> come from. The bot's identity uses the configuration-root keys of the
/// Bot Framework SDKs (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppCertificatePath</c>, <c>MicrosoftAppCertificatePassword</c>);
/// <c>Bot:AllowUnauthenticated</c> sets <see cref="BotAuthenticationOptions.AllowUnauthenticated"/>; finally the section
/// <c>Bot:Authentication</c> is bound over the result, so any property (metadata URLs, refresh intervals,
/// RequireHttpsMetadata, …) can be set or overridden there.
/// </summary>
internal static class BotAuthenticationConfiguration
{
    public const string AllowUnauthenticatedKey = "Bot:AllowUnauthenticated";
    public const string SectionName = "Bot:Authentication";

    public static void Bind(IConfiguration configuration, BotAuthenticationOptions options)
    {
        options.MicrosoftAppId = Read(configuration, nameof(options.MicrosoftAppId)) ?? options.MicrosoftAppId;
        options.MicrosoftAppType = Read(configuration, nameof(options.MicrosoftAppType)) ?? options.MicrosoftAppType;
        options.MicrosoftAppPassword = Read(configuration, nameof(options.MicrosoftAppPassword)) ?? options.MicrosoftAppPassword;
        options.MicrosoftAppTenantId = Read(configuration, nameof(options.MicrosoftAppTenantId)) ?? options.MicrosoftAppTenantId;
        options.MicrosoftAppCertificatePath = Read(configuration, nameof(options.MicrosoftAppCertificatePath)) ?? options.MicrosoftAppCertificatePath;
        options.MicrosoftAppCertificatePassword =
            Read(configuration, nameof(options.MicrosoftAppCertificatePassword)) ?? options.MicrosoftAppCertificatePassword;
        options.AllowUnauthenticated = configuration.GetValue(AllowUnauthenticatedKey, options.AllowUnauthenticated);
        configuration.GetSection(SectionName).Bind(options);
    }

    private static string? Read(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
