using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Infrastructure.Conversations;

/// <summary>Limits for files read from the chat (section <c>ChatFiles</c>).</summary>
public sealed class ChatFileOptions
{
    public const string Section = "ChatFiles";

    /// <summary>The largest file read; a CSV of a whole programme is a few hundred kB.</summary>
    public long MaxBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Hosts files are downloaded from, over https (<c>*.</c> matches any subdomain): where Teams stores the files
    /// people send a bot. In local mode (no app id) loopback addresses are allowed too, for Agents Playground.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = ["*.sharepoint.com"];

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>
/// <see cref="IChatFiles"/> over HTTP: only from trusted hosts (never an address a message could point at the
/// bot's own network), at most <see cref="ChatFileOptions.MaxBytes"/>, no redirects followed.
/// </summary>
internal sealed partial class HttpChatFiles(
    IHttpClientFactory clients, IOptions<ChatFileOptions> options, IOptions<BotAuthenticationOptions> authentication, ILogger<HttpChatFiles> logger) : IChatFiles
{
    public const string ClientName = "chat-files";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<ChatFile> ReadTextAsync(ChatAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var limits = options.Value;
        if (!IsTrusted(attachment.DownloadUrl))
        {
            LogUntrusted(logger, attachment.DownloadUrl.Host);
            throw new ChatFileException(ChatFileProblem.UntrustedAddress, $"Files are not read from {attachment.DownloadUrl.Host}.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync(attachment.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new ChatFileException(ChatFileProblem.Unavailable, $"The download answered {(int)response.StatusCode}.");
            }

            if (response.Content.Headers.ContentLength > limits.MaxBytes)
            {
                throw new ChatFileException(ChatFileProblem.TooLarge, $"The file has {response.Content.Headers.ContentLength} bytes.");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > limits.MaxBytes)
                {
                    throw new ChatFileException(ChatFileProblem.TooLarge, $"The file has more than {limits.MaxBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return new ChatFile(attachment.Name, Decode(buffer.ToArray()));
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(logger, attachment.DownloadUrl.Host, ex.Message);
            throw new ChatFileException(ChatFileProblem.Unavailable, "The file could not be downloaded.");
        }
    }

    /// <summary>UTF-8 (a BOM is dropped); a file that is not valid UTF-8 is Latin-1, as Excel's "CSV (semikolonavgränsad)" writes å, ä and ö.</summary>
    internal static string Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private bool IsTrusted(Uri url)
    {
        if (authentication.Value.IsLocalMode && url.IsLoopback && url.Scheme is "http" or "https")
        {
            return true;
        }

        return url.Scheme == Uri.UriSchemeHttps && options.Value.AllowedHosts.Any(pattern => HostMatches(url.IdnHost, pattern));
    }

    internal static bool HostMatches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "A file in the chat points at {Host}, which is not an allowed host; not downloaded")]
    private static partial void LogUntrusted(ILogger logger, string host);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "A file from {Host} could not be downloaded: {Reason}")]
    private static partial void LogFailed(ILogger logger, string host, string reason);
}
