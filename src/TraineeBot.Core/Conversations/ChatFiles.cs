using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Conversations;

/// <summary>A text file someone sent in the chat, read.</summary>
public sealed record ChatFile(string Name, string Text);

/// <summary>Why a file sent in the chat could not be read.</summary>
public enum ChatFileProblem
{
    /// <summary>Its address is not one Teams gives for files (or not https).</summary>
    UntrustedAddress,

    TooLarge,

    /// <summary>The download failed or timed out.</summary>
    Unavailable,
}

public sealed class ChatFileException(ChatFileProblem problem, string message) : Exception(message)
{
    public ChatFileProblem Problem { get; } = problem;
}

/// <summary>
/// Reads files sent in a chat: in Teams a file in a personal chat arrives as an attachment of type
/// <c>application/vnd.microsoft.teams.file.download.info</c> whose <c>content.downloadUrl</c> is a short-lived,
/// pre-authenticated link (the manifest's <c>supportsFiles</c>); other clients send <c>contentUrl</c>.
/// </summary>
public interface IChatFiles
{
    /// <summary>Downloads the file and reads it as text (UTF-8, else Latin-1 as Swedish Excel's "CSV" writes it).</summary>
    /// <exception cref="ChatFileException">The address is not trusted, the file is too large, or it could not be downloaded.</exception>
    Task<ChatFile> ReadTextAsync(ChatAttachment attachment, CancellationToken cancellationToken);
}

/// <summary>A file attachment: its name and where to download it.</summary>
public sealed record ChatAttachment(string Name, Uri DownloadUrl)
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The activity's files whose name ends with one of <paramref name="extensions"/> (".csv").</summary>
    public static IReadOnlyList<ChatAttachment> Files(Activity activity, params string[] extensions)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = new List<ChatAttachment>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            var url = attachment.ContentType == TeamsFileDownloadInfo
                ? (attachment.Content as JsonObject)?["downloadUrl"]?.GetValue<string>()
                : attachment.ContentType is { } type && !type.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal) ? attachment.ContentUrl : null;
            var name = attachment.Name ?? string.Empty;
            if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                files.Add(new ChatAttachment(name, uri));
            }
        }

        return files;
    }
}
