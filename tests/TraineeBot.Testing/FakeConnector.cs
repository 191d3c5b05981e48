using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Testing;

/// <summary>
/// Stands in for the Bot Connector (and Teams behind it): records every request the bot makes, answers like the
/// connector does, and can be told to fail the next requests (429 with Retry-After, 5xx, 403…).
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage?>> scripted = new();
    private readonly ConcurrentDictionary<string, string> members = new(StringComparer.Ordinal);
    private int nextId;

    /// <summary>
    /// Teams knows <paramref name="user"/> with this e-mail (and user principal name): the connector's
    /// <c>GET /v3/conversations/{id}/members/{userId}</c> answers with it. Anyone else is not found (404), as in Teams
    /// for someone outside the conversation.
    /// </summary>
    public void AddMember(TeamsUser user, string email)
    {
        ArgumentNullException.ThrowIfNull(user);
        AddMember(user.Id, JsonSerializer.Serialize(
            new TeamsChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId, Email = email, UserPrincipalName = email },
            BotJsonContext.Default.TeamsChannelAccount));
    }

    /// <summary>The member lookup for <paramref name="memberId"/> answers with this JSON, as Teams wrote it.</summary>
    public void AddMember(string memberId, string json) => members[memberId] = json;

    /// <summary>Every request but member lookups (<see cref="MemberLookups"/>): what the bot sent or changed.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests.Where(r => !IsMemberLookup(r.Method, r.Uri))];

    /// <summary>The bot asking who a user is (<c>GET …/members/{id}</c>).</summary>
    public IReadOnlyList<RecordedRequest> MemberLookups => [.. requests.Where(r => IsMemberLookup(r.Method, r.Uri))];

    /// <summary>Activities that reached the chat (sends and replies that the connector accepted).</summary>
    public IReadOnlyList<Activity> Sent => [.. requests.Where(r => r.Accepted && r.Method == HttpMethod.Post && r.Activity is not null).Select(r => r.Activity!)];

    public IReadOnlyList<RecordedRequest> Updates => [.. requests.Where(r => r.Accepted && r.Method == HttpMethod.Put)];

    /// <summary>
    /// The next request is answered by <paramref name="respond"/> (null = answer normally). Member lookups (the bot
    /// asking who a new user is) are not counted: they are answered from <see cref="AddMember"/>.
    /// </summary>
    public void Enqueue(Func<HttpRequestMessage, HttpResponseMessage?> respond) => scripted.Enqueue(respond);

    public void FailNextWith(HttpStatusCode status, TimeSpan? retryAfter = null, string? errorCode = null) => Enqueue(_ =>
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new ErrorResponse { Error = new ErrorDetail { Code = errorCode ?? status.ToString(), Message = "scripted by the test" } },
                    BotJsonContext.Default.ErrorResponse), Encoding.UTF8, "application/json"),
        };
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    });

    /// <summary>
    /// The next request reaches the chat (it is recorded as accepted) but its answer is lost on the way back: the
    /// caller sees a connection reset. This is the one fault after which a sender cannot know whether it sent.
    /// </summary>
    public void LoseNextResponse() => Enqueue(request =>
    {
        var response = Accept(request);
        response.Headers.Add(LoseHeader, "1");
        return response;
    });

    /// <summary>Every answer waits this long (a slow connector, so that sends are in flight when a test crashes the bot).</summary>
    public TimeSpan Latency { get; set; }

    public void Clear() => requests.Clear();

    private const string LoseHeader = "X-Fake-Lose-Response";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = !IsMemberLookup(request) && scripted.TryDequeue(out var respond) ? respond(request) : null;
        response ??= Accept(request);
        Activity? activity = null;
        if (body is { Length: > 0 } && request.RequestUri!.AbsolutePath.Contains("/activities", StringComparison.Ordinal))
        {
            activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
        }

        string? responseId = null;
        if (response.IsSuccessStatusCode && response.Content is { } content)
        {
            var answer = await content.ReadAsStringAsync(cancellationToken);
            try
            {
                responseId = answer.Length > 0 && JsonNode.Parse(answer) is JsonObject o ? o["id"]?.GetValue<string>() : null;
            }
            catch (JsonException)
            {
                // A scripted answer that is not JSON: no id to remember.
            }
        }

        requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body,
            activity, (int)response.StatusCode, response.IsSuccessStatusCode, DateTimeOffset.UtcNow, responseId));
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken);
        }

        if (response.Headers.Contains(LoseHeader))
        {
            response.Dispose();
            throw new HttpRequestException("The connection was reset before the answer arrived (scripted by the test).");
        }

        response.RequestMessage = request;
        return response;
    }

    private static bool IsMemberLookup(HttpRequestMessage request) => IsMemberLookup(request.Method, request.RequestUri!);

    private static bool IsMemberLookup(HttpMethod method, Uri uri) =>
        method == HttpMethod.Get && uri.AbsolutePath.Contains("/members/", StringComparison.Ordinal);

    private HttpResponseMessage Accept(HttpRequestMessage request)
    {
        var id = Interlocked.Increment(ref nextId);
        var path = request.RequestUri!.AbsolutePath;
        if (IsMemberLookup(request))
        {
            var memberId = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
            return members.TryGetValue(memberId, out var member)
                ? new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent(member, Encoding.UTF8, "application/json"),
                }
                : new HttpResponseMessage(HttpStatusCode.NotFound)
                {
                    Content = new StringContent("""{"error":{"code":"MemberNotFoundInConversation","message":"The member is not in the conversation."}}""", Encoding.UTF8, "application/json"),
                };
        }

        var json = request.Method == HttpMethod.Post && path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"a:created-{{id}}"}"""
            : request.Method == HttpMethod.Delete ? string.Empty : $$"""{"id":"activity-{{id}}"}""";
        return new HttpResponseMessage(request.Method == HttpMethod.Post && path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? HttpStatusCode.Created : HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }
}

public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    string? Body,
    Activity? Activity,
    int Status,
    bool Accepted,
    DateTimeOffset At,
    string? ResponseId);
