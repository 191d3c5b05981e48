using System.Diagnostics;
using TraineeBot.Core.Downloads;

namespace TraineeBot.Web.Downloads;

/// <summary>
/// <c>GET /downloads/{token}</c>: a link that is not ours, was changed, names an unknown kind or a file the user may
/// no longer have → 404 with no body (nothing says which); an expired link → 410 with a short text; else the file as an
/// attachment, never cached. The token is never logged, and is replaced in the request's trace.
/// </summary>
internal static partial class DownloadEndpoint
{
    public const string ExpiredText =
        "Länken har slutat gälla. Be boten om en ny länk.\nThe link has expired. Ask the bot for a new link.\n";

    public static async Task<IResult> HandleAsync(
        string token, DownloadLinks links, HttpContext context, ILogger<DownloadLinks> logger)
    {
        Activity.Current?.SetTag("url.path", $"{DownloadLinks.PathPrefix}{{token}}");
        context.Response.Headers.CacheControl = "no-store";

        if (links.Read(token) is not var (ticket, expired))
        {
            Log.Refused(logger);
            return Results.NotFound();
        }

        if (expired)
        {
            Log.Expired(logger, ticket.Kind, ticket.SubjectId, ticket.ForUserId);
            return Results.Text(ExpiredText, "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone);
        }

        var source = context.RequestServices.GetKeyedService<IDownloadSource>(ticket.Kind);
        var file = source is null
            ? null
            : await source.OpenAsync(ticket.SubjectId, ticket.ForUserId, context.RequestAborted);
        if (file is null)
        {
            Log.NotAvailable(logger, ticket.Kind, ticket.SubjectId, ticket.ForUserId);
            return Results.NotFound();
        }

        Log.Served(logger, ticket.Kind, ticket.SubjectId, ticket.ForUserId, file.Content.Length);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "A download link was refused: not ours, changed or malformed")]
        public static partial void Refused(ILogger logger);

        [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "An expired {Kind} download link of {SubjectId} for user {UserId} was opened")]
        public static partial void Expired(ILogger logger, string kind, Guid subjectId, Guid userId);

        [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "The {Kind} download of {SubjectId} is not available to user {UserId} (or the kind is unknown)")]
        public static partial void NotAvailable(ILogger logger, string kind, Guid subjectId, Guid userId);

        [LoggerMessage(EventId = 8004, Level = LogLevel.Information, Message = "The {Kind} download of {SubjectId} was served to user {UserId} ({Bytes} bytes)")]
        public static partial void Served(ILogger logger, string kind, Guid subjectId, Guid userId, int bytes);
    }
}
