using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Refuses, at startup, configurations that would run the bot unprotected by accident or fail on the first request.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    internal const string LocalModeOutsideDevelopment =
        "MicrosoftAppId is empty: set MicrosoftAppId/MicrosoftAppPassword for Azure Bot Service, or run in Development, "
        + "or set Bot:AllowUnauthenticated=true to accept unauthenticated requests.";

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsLocalMode)
        {
            if (!environment.IsDevelopment() && !options.AllowUnauthenticated)
            {
                failures.Add(LocalModeOutsideDevelopment);
            }
        }
        else
        {
            ValidateIdentity(options, failures);
        }

        ValidateMetadata(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotAuthenticationOptions options, List<string> failures)
    {
        if (!BotAppTypes.TryParse(options.MicrosoftAppType, out var appType))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not supported: use MultiTenant, SingleTenant or UserAssignedMSI.");
            return;
        }

        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (appType)
        {
            case BotAppType.MultiTenant when !hasPassword && !hasCertificate:
                failures.Add("MicrosoftAppType MultiTenant needs a credential: set MicrosoftAppPassword or MicrosoftAppCertificatePath.");
                break;
            case BotAppType.SingleTenant:
                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.");
                }

                if (!hasPassword && !hasCertificate)
                {
                    failures.Add("MicrosoftAppType SingleTenant needs a credential: set MicrosoftAppPassword or MicrosoftAppCertificatePath.");
                }

                break;
            case BotAppType.UserAssignedMsi:
                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId.");
                }

                if (hasPassword || hasCertificate)
                {
                    failures.Add("MicrosoftAppType UserAssignedMSI uses the managed identity, not a secret: remove MicrosoftAppPassword and MicrosoftAppCertificatePath.");
                }

                break;
        }

        if (hasCertificate && appType != BotAppType.UserAssignedMsi && !File.Exists(options.MicrosoftAppCertificatePath))
        {
            failures.Add($"MicrosoftAppCertificatePath '{options.MicrosoftAppCertificatePath}' does not exist.");
        }
    }

    private static void ValidateMetadata(BotAuthenticationOptions options, List<string> failures)
    {
        if (!options.EntraOpenIdMetadataUrlTemplate.Contains("{tenant}", StringComparison.Ordinal))
        {
            failures.Add("Bot:Authentication:EntraOpenIdMetadataUrlTemplate must contain '{tenant}'.");
        }

        if (options.MetadataAutomaticRefreshInterval < ConfigurationManager<object>.MinimumAutomaticRefreshInterval)
        {
            failures.Add($"Bot:Authentication:MetadataAutomaticRefreshInterval must be at least {ConfigurationManager<object>.MinimumAutomaticRefreshInterval}.");
        }

        if (options.MetadataMinimumRefreshInterval < ConfigurationManager<object>.MinimumRefreshInterval)
        {
            failures.Add($"Bot:Authentication:MetadataMinimumRefreshInterval must be at least {ConfigurationManager<object>.MinimumRefreshInterval}.");
        }
    }
}
