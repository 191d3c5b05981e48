namespace TraineeBot.BotFramework.Authentication;

/// <summary>The values of <see cref="BotAuthenticationOptions.MicrosoftAppType"/>, spelled as Azure Bot Service spells them.</summary>
internal enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

internal static class BotAppTypes
{
    /// <summary>Reads an app type, ignoring case (the Bot Framework SDKs accept both UserAssignedMSI and UserAssignedMsi).</summary>
    public static bool TryParse(string? value, out BotAppType appType)
    {
        foreach (var candidate in Enum.GetValues<BotAppType>())
        {
            if (string.Equals(value?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                appType = candidate;
                return true;
            }
        }

        appType = default;
        return false;
    }

    public static BotAppType Parse(string? value) =>
        TryParse(value, out var appType) ? appType : throw new ArgumentException($"Unknown MicrosoftAppType '{value}'.", nameof(value));
}
