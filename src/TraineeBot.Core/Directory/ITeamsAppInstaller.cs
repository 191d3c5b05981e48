namespace TraineeBot.Core.Directory;

/// <summary>
/// Installs the bot's Teams app for a user who has not installed it themselves, so that the bot can write to them first.
/// </summary>
public interface ITeamsAppInstaller
{
    /// <summary>False when installing is not configured: <see cref="EnsureInstalledAsync"/> then answers <see cref="AppInstallOutcome.NotConfigured"/>.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Installs the Teams app for the user (personal scope) if needed and returns the 1:1 chat id between the bot and
    /// the user: the conversation id to send to. Failures are outcomes, not exceptions; only cancellation throws.
    /// </summary>
    /// <param name="aadObjectId">The user's Entra object id.</param>
    Task<AppInstallResult> EnsureInstalledAsync(string aadObjectId, CancellationToken cancellationToken);
}

/// <summary>What <see cref="ITeamsAppInstaller.EnsureInstalledAsync"/> did.</summary>
public enum AppInstallOutcome
{
    /// <summary>The app was installed now; the chat id is known.</summary>
    Installed,

    /// <summary>The user already had the app; the chat id is known.</summary>
    AlreadyInstalled,

    /// <summary>Installing is not configured; nothing was asked.</summary>
    NotConfigured,

    /// <summary>The directory has no such user.</summary>
    UserNotFound,

    /// <summary>The bot's app registration lacks a permission (the detail says which) or the app is blocked for the user.</summary>
    Forbidden,

    /// <summary>Anything else: throttled or failing beyond the retries, unreachable, or no chat found after installing.</summary>
    Failed,
}

/// <summary>The outcome, the 1:1 chat id when known, and for operators a detail of what went wrong (no personal data).</summary>
public sealed record AppInstallResult(AppInstallOutcome Outcome, string? ChatId, string? Detail)
{
    /// <summary>True when <see cref="ChatId"/> can be sent to.</summary>
    public bool IsReachable => Outcome is AppInstallOutcome.Installed or AppInstallOutcome.AlreadyInstalled && ChatId is not null;
}
