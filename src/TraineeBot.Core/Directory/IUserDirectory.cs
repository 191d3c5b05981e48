namespace TraineeBot.Core.Directory;

/// <summary>Finds people in the organisation's directory, also people who have never talked to the bot.</summary>
public interface IUserDirectory
{
    /// <summary>False when no directory is configured: <see cref="FindAsync"/> then finds nobody.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Finds users by e-mail address, user principal name, object id, or (part of) a display name; at most
    /// <paramref name="limit"/> matches, best first. Empty when nothing matches or no directory is configured.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    /// <exception cref="UserDirectoryException">The directory could not be asked (a permission is missing, it kept
    /// throttling or failing, or it cannot be reached), which is not the same as finding nobody.</exception>
    Task<IReadOnlyList<DirectoryUser>> FindAsync(string query, int limit, CancellationToken cancellationToken);
}
