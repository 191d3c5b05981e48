using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: checks the request (415, 413, 400), authenticates it (401), runs the turn and answers
/// as Teams expects — 200 for activities, the invoke response for invokes, 501 for invokes nobody handled.
/// </summary>
internal sealed class BotRequestHandler(
    IBotRequestAuthenticator authenticator,
    IServiceUrlPolicy serviceUrls,
    TurnRunner runner,
    IHostApplicationLifetime lifetime,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotRequestHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var response = http.Response;
        if (!IsJson(http.Request.ContentType))
        {
            Reject(response, StatusCodes.Status415UnsupportedMediaType, "content type is not application/json");
            return;
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            Reject(response, StatusCodes.Status413PayloadTooLarge, "declared body too large");
            return;
        }

        var body = await ReadBodyAsync(http.Request.Body, limit, http.RequestAborted);
        if (body is null)
        {
            Reject(response, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Value.AsSpan(), BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            activity = null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body.Value.Array!);
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            Reject(response, StatusCodes.Status400BadRequest, "body is not an activity");
            return;
        }

        BotLog.Received(logger, activity.Id, activity.Type);
        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null,
            activity, http.RequestAborted);
        if (!auth.Succeeded || auth.Identity is null)
        {
            BotLog.Unauthenticated(logger, activity.Id, auth.FailureReason);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (auth.Identity.IsAuthenticated && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            serviceUrls.Trust(serviceUrl);
        }

        // Nothing can be answered without a conversation and a serviceUrl the bot may send to: say so, run nothing.
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var replyTo) || !serviceUrls.IsAllowed(replyTo)
            || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            Reject(response, StatusCodes.Status400BadRequest, "no conversation id or no serviceUrl the bot may answer to");
            return;
        }

        var result = await runner.RunAsync(activity, auth.Identity, lifetime.ApplicationStopping);
        await WriteResultAsync(response, activity, result);
    }

    private static async Task WriteResultAsync(HttpResponse response, Activity activity, TurnResult result)
    {
        if (result.Outcome == TurnOutcome.FailedUnrecovered && !activity.IsInvoke)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (!activity.IsInvoke)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (result.InvokeResponse is not { } invoke)
        {
            response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        response.StatusCode = invoke.Status;
        if (invoke.Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(response.BodyWriter);
            invoke.Body.WriteTo(writer);
        }
    }

    private void Reject(HttpResponse response, int status, string reason)
    {
        BotLog.Rejected(logger, status, reason);
        response.StatusCode = status;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads at most <paramref name="limit"/> bytes into a pooled buffer; null when the body is longer.</summary>
    private static async Task<ArraySegment<byte>?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > limit)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }
}
