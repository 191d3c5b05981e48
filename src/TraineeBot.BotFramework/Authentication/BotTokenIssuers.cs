using System.Collections.Frozen;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>The issuers whose tokens the bot accepts.</summary>
internal static class BotTokenIssuers
{
    /// <summary>Tokens from the Bot Framework channel service; keys come from the Bot Framework OpenID metadata.</summary>
    public const string BotFramework = "https://api.botframework.com";

    public static readonly FrozenSet<string> BotFrameworkOnly = new[] { BotFramework }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Entra tenants that issue tokens to bots: Bot Framework auth v3.1 and v3.2 (Emulator, skills) and the tenant Azure
    /// Bot Service uses for channels migrated to Entra ID tokens.
    /// </summary>
    public static readonly IReadOnlyList<string> BotServiceTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>The v1 and v2 issuers of the Bot Service tenants and, when configured, of the bot's own tenant.</summary>
    public static FrozenSet<string> Entra(string? botTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(botTenantId)
            ? BotServiceTenants
            : [.. BotServiceTenants, botTenantId.Trim().ToLowerInvariant()];
        return tenants
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
