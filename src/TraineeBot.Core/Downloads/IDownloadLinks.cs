namespace TraineeBot.Core.Downloads;

/// <summary>
/// Links to files the bot makes on request (a certificate's PDF, a report's CSV): an opaque, signed, expiring token
/// in a URL on the bot's public address. The file is made when the link is opened, by the
/// <see cref="IDownloadSource"/> of its kind, which checks again that the user may have it.
/// </summary>
public interface IDownloadLinks
{
    /// <summary>An absolute URL that downloads the file for <see cref="DownloadRequest.ForUserId"/> until it expires.</summary>
    Uri Create(DownloadRequest request);
}

/// <param name="Kind">The <see cref="IDownloadSource.Kind"/> that makes the file, e.g. <c>certificate</c>.</param>
/// <param name="SubjectId">What the file is of (a certificate input's id, a report's id).</param>
/// <param name="ForUserId">The bot user the link was made for; the source checks their access again when it is opened.</param>
/// <param name="ValidFor">How long the link works; null = the configured default.</param>
public sealed record DownloadRequest(string Kind, Guid SubjectId, Guid ForUserId, TimeSpan? ValidFor = null);

/// <summary>Makes the files of one kind; registered as a keyed scoped service under its kind.</summary>
public interface IDownloadSource
{
    string Kind { get; }

    /// <summary>The file, or null when the subject does not exist or the user may not have it (the same answer for both).</summary>
    Task<DownloadFile?> OpenAsync(Guid subjectId, Guid forUserId, CancellationToken cancellationToken);
}

public sealed record DownloadFile(string FileName, string ContentType, byte[] Content);
