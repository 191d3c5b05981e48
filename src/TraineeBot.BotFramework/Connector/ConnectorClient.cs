using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Connector;

/// <summary>
/// Talks to the Bot Connector over a typed <see cref="HttpClient"/> whose pipeline retries 429 (honouring
/// Retry-After) and 412/502/503/504 with backoff (see <see cref="BotFrameworkServiceCollectionExtensions"/>).
/// </summary>
internal sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, IServiceUrlPolicy policy) : IConnectorClient
{
    private static readonly BotJsonContext Json = BotJsonContext.Default;

    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, Json.Activity, Json.ResourceResponse, cancellationToken);

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, Json.ConversationParameters, Json.ConversationResourceResponse, cancellationToken);

    public async Task<TeamsChannelAccount> GetMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null, cancellationToken);
        return await ReadAsync(response, Json.TeamsChannelAccount, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TBody, TResponse>(HttpMethod method, Uri serviceUrl, string path, TBody body,
        JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : new()
    {
        // Serialised once to bytes so that a retry re-sends exactly the same content.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await SendRawAsync(method, serviceUrl, path, content, cancellationToken);
        return await ReadAsync(response, responseType, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, Uri serviceUrl, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        if (!policy.IsAllowed(serviceUrl))
        {
            content?.Dispose();
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        var baseUri = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path)) { Content = content };
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ToExceptionAsync(response, method, cancellationToken);
        }
    }

    private static async Task<TResponse> ReadAsync<TResponse>(HttpResponseMessage response, JsonTypeInfo<TResponse> type, CancellationToken cancellationToken)
        where TResponse : new()
    {
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return new TResponse();
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return new TResponse();
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type) ?? new TResponse();
        }
        catch (JsonException)
        {
            // Some channels answer 200 with a non-JSON body; the send itself succeeded.
            return new TResponse();
        }
    }

    private static async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, HttpMethod method, CancellationToken cancellationToken)
    {
        string? code = null;
        string? message = null;
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length > 0)
            {
                var error = JsonSerializer.Deserialize(body, Json.ErrorResponse);
                code = error?.Error?.Code;
                message = error?.Error?.Message;
            }
        }
        catch (JsonException)
        {
            // An error body that is not the documented ErrorResponse: the status code says enough.
        }

        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        return new ConnectorException(response.StatusCode, code,
            $"Connector {method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode} {code} {message}".TrimEnd())
        {
            RetryAfter = retryAfter is { } wait && wait > TimeSpan.Zero ? wait : null,
        };
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
