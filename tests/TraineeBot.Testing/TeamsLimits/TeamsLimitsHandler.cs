using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Testing.TeamsLimits;

/// <summary>
/// Puts Teams' rate limits in front of a fake connector: every POST of an activity
/// (<c>…/v3/conversations/{conversationId}/activities</c> and replies <c>…/activities/{id}</c>) is first put to the
/// <see cref="TeamsLimitOracle"/>; a rejected one is answered 429 with Retry-After (whole seconds, rounded up) and a
/// Bot Framework error body, without reaching the inner handler. The tenant is the activity's
/// <c>conversation.tenantId</c> or <c>channelData.tenant.id</c> ("default" when neither is there).
/// </summary>
public sealed class TeamsLimitsHandler : DelegatingHandler
{
    public TeamsLimitsHandler(TeamsLimitOracle oracle)
    {
        Oracle = oracle;
    }

    public TeamsLimitsHandler(TeamsLimitOracle oracle, HttpMessageHandler inner)
        : base(inner)
    {
        Oracle = oracle;
    }

    public TeamsLimitOracle Oracle { get; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && ConversationOf(request.RequestUri) is { } conversationId)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            if (!Oracle.TryAdmit(TenantOf(body), conversationId, out var retryAfter))
            {
                return TooManyRequests(request, retryAfter);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The conversation id of an activity send or reply, else null.</summary>
    private static string? ConversationOf(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i] == "v3" && segments[i + 1] == "conversations" && i + 3 < segments.Length
                && segments[i + 3] == "activities" && segments.Length - (i + 4) <= 1)
            {
                return Uri.UnescapeDataString(segments[i + 2]);
            }
        }

        return null;
    }

    private static string TenantOf(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return "default";
        }

        try
        {
            var activity = JsonNode.Parse(body);
            var tenant = activity?["conversation"]?["tenantId"] ?? activity?["channelData"]?["tenant"]?["id"];
            return tenant is JsonValue value && value.TryGetValue<string>(out var id) && id.Length > 0 ? id : "default";
        }
        catch (JsonException)
        {
            return "default";
        }
    }

    private static HttpResponseMessage TooManyRequests(HttpRequestMessage request, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent(
                """{"error":{"code":"TooManyRequests","message":"Too many requests: the bot exceeded Teams' rate limits."}}""",
                Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }
}
