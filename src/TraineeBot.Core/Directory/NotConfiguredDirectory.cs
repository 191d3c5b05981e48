namespace TraineeBot.Core.Directory;

/// <summary>
/// The directory and installer when Microsoft Graph is not configured: finds nobody and installs nothing, without any
/// HTTP. Users are then reachable only after they have installed the app themselves.
/// </summary>
public sealed class NotConfiguredDirectory : IUserDirectory, ITeamsAppInstaller
{
    public static NotConfiguredDirectory Instance { get; } = new();

    public bool IsConfigured => false;

    public Task<IReadOnlyList<DirectoryUser>> FindAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Task.FromResult<IReadOnlyList<DirectoryUser>>([]);
    }

    public Task<AppInstallResult> EnsureInstalledAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(new AppInstallResult(AppInstallOutcome.NotConfigured, null, "Microsoft Graph is not configured (section Graph)."));
}
