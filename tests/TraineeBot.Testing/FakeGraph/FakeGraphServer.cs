using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TraineeBot.Testing.FakeGraph;

/// <summary>
/// A real Kestrel server on http://127.0.0.1:{random port}/v1.0 that answers the Microsoft Graph requests the bot makes,
/// with Graph's request and response shapes: users by id or UPN, <c>$filter</c> on mail/UPN, <c>$search</c> on the
/// display name (400 without <c>ConsistencyLevel: eventual</c>, as Graph does), installing the Teams app for a user
/// (201, then 409), listing installations and reading the 1:1 chat. Every request is recorded; the next requests can
/// be made to fail (429 with Retry-After, 503, 403…). Requests without a bearer token get 401.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    /// <summary>The bot's app id, the second half of every 1:1 chat id.</summary>
    public const string BotAppId = "6e0c7a1e-4b8f-4a57-9c1d-2f3b5a7d9e10";

    /// <summary>The app's id in the fake org catalog (the value of Graph:TeamsAppCatalogId).</summary>
    public const string TeamsAppCatalogId = "0240a368-25e0-4569-8ebe-13601cb55a18";

    /// <summary>The app's manifest id (externalId in the catalog).</summary>
    public const string ManifestId = "cf1ba4c7-f94e-4d80-ba90-5594b641a8ee";

    public const string CatalogAppBind = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/" + TeamsAppCatalogId;

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<FakeGraphUser> _users = [];
    private readonly HashSet<string> _installedFor = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GraphRecordedRequest> _requests = [];
    private readonly Queue<(HttpStatusCode Status, TimeSpan? RetryAfter, string? Code)> _failures = new();

    private FakeGraphServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The value for Graph:BaseUrl, e.g. <c>http://127.0.0.1:41234/v1.0</c>.</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<GraphRecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeGraphServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        FakeGraphServer? server = null;
        app.Use((context, next) => server!.RecordAsync(context, next));
        var v1 = app.MapGroup("/v1.0");
        v1.MapGet("/users", (HttpRequest request) => server!.ListUsers(request));
        v1.MapGet("/users/{idOrUpn}", (string idOrUpn, HttpRequest request) => server!.GetUser(idOrUpn, request));
        v1.MapPost("/users/{idOrUpn}/teamwork/installedApps", (string idOrUpn, HttpRequest request) => server!.InstallAsync(idOrUpn, request));
        v1.MapGet("/users/{idOrUpn}/teamwork/installedApps", (string idOrUpn, HttpRequest request) => server!.ListInstallations(idOrUpn, request));
        v1.MapGet("/users/{idOrUpn}/teamwork/installedApps/{installationId}/chat",
            (string idOrUpn, string installationId) => server!.GetChat(idOrUpn, installationId));

        await app.StartAsync(cancellationToken);
        server = new FakeGraphServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/v1.0"));
        return server;
    }

    /// <summary>The 1:1 chat id Graph gives the bot and the user.</summary>
    public static string ChatIdFor(string userId) => $"19:{userId}_{BotAppId}@unq.gbl.spaces";

    /// <summary>The installation id Graph gives the app in the user's personal scope (base64 of user and app).</summary>
    public static string InstallationIdFor(string userId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userId}##{TeamsAppCatalogId}"));

    public FakeGraphUser AddUser(string displayName, string? mail = null, string? userPrincipalName = null, string? id = null)
    {
        var user = new FakeGraphUser(id ?? Guid.NewGuid().ToString(), displayName, mail, userPrincipalName ?? mail ?? $"{Guid.NewGuid():N}@contoso.onmicrosoft.com");
        lock (_gate)
        {
            _users.Add(user);
        }

        return user;
    }

    /// <summary>The user installed the app themselves (or an earlier call did).</summary>
    public void MarkInstalled(string userId)
    {
        lock (_gate)
        {
            _installedFor.Add(userId);
        }
    }

    public bool IsInstalled(string userId)
    {
        lock (_gate)
        {
            return _installedFor.Contains(userId);
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> requests, whatever they are, get <paramref name="status"/> with Graph's
    /// error body (and a Retry-After in whole seconds when given).
    /// </summary>
    public void FailNext(HttpStatusCode status, int count = 1, TimeSpan? retryAfter = null, string? errorCode = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _failures.Enqueue((status, retryAfter, errorCode));
            }
        }
    }

    public void ClearRequests()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        var receivedAt = DateTimeOffset.UtcNow;
        string? body = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
            body = await reader.ReadToEndAsync(context.RequestAborted);
            request.Body.Position = 0;
        }

        // Recorded when the response starts (its status is final then), not after it was written: the client may have
        // the whole answer, and the test may read Requests, before code after next() runs.
        context.Response.OnStarting(() =>
        {
            var recorded = new GraphRecordedRequest(
                request.Method,
                request.Path.Value ?? string.Empty,
                request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body,
                context.Response.StatusCode,
                receivedAt);
            lock (_gate)
            {
                _requests.Add(recorded);
            }

            return Task.CompletedTask;
        });

        if (TakeFailure() is { } failure)
        {
            await WriteFailureAsync(context.Response, failure.Status, failure.RetryAfter, failure.Code);
        }
        else if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await WriteErrorAsync(context.Response, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
        }
        else
        {
            await next();
        }
    }

    private (HttpStatusCode Status, TimeSpan? RetryAfter, string? Code)? TakeFailure()
    {
        lock (_gate)
        {
            return _failures.TryDequeue(out var failure) ? failure : null;
        }
    }

    private static Task WriteFailureAsync(HttpResponse response, HttpStatusCode status, TimeSpan? retryAfter, string? code)
    {
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (defaultCode, message) = status switch
        {
            HttpStatusCode.TooManyRequests => ("TooManyRequests", "Too many requests; retry after the time given in Retry-After."),
            HttpStatusCode.ServiceUnavailable => ("serviceNotAvailable", "The service is temporarily unavailable."),
            HttpStatusCode.Forbidden => ("Forbidden",
                "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All, "
                + "TeamsAppInstallation.ReadWriteForUser.All'. Roles on the request ''."),
            _ => (status.ToString(), "Scripted by the test."),
        };
        return WriteErrorAsync(response, status, code ?? defaultCode, message);
    }

    private static async Task WriteErrorAsync(HttpResponse response, HttpStatusCode status, string code, string message)
    {
        response.StatusCode = (int)status;
        response.ContentType = "application/json";
        await response.WriteAsync(GraphJson.ErrorBody(code, message));
    }

    private FakeGraphUser? FindUser(string idOrUpn)
    {
        lock (_gate)
        {
            return _users.FirstOrDefault(u =>
                string.Equals(u.Id, idOrUpn, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.UserPrincipalName, idOrUpn, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static IResult NoSuchUser(string idOrUpn) =>
        GraphJson.Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound",
            $"Resource '{idOrUpn}' does not exist or one of its queried reference-property objects are not present.");

    private IResult GetUser(string idOrUpn, HttpRequest request)
    {
        if (FindUser(idOrUpn) is not { } user)
        {
            return NoSuchUser(idOrUpn);
        }

        var select = request.Query["$select"].ToString();
        var json = GraphJson.User(user, GraphJson.UserProperties(select));
        json.Insert(0, "@odata.context", GraphJson.UsersContext(select) + "/$entity");
        return GraphJson.Ok(json);
    }

    private IResult ListUsers(HttpRequest request)
    {
        var select = request.Query["$select"].ToString();
        var filter = request.Query["$filter"].ToString();
        var search = request.Query["$search"].ToString();
        var top = 100;
        if (request.Query.ContainsKey("$top") && (!int.TryParse(request.Query["$top"], out top) || top is < 1 or > 999))
        {
            return GraphJson.Error(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", "Invalid page size specified: must be between 1 and 999.");
        }

        List<FakeGraphUser> users;
        lock (_gate)
        {
            users = [.. _users];
        }

        if (search.Length > 0)
        {
            if (!string.Equals(request.Headers["ConsistencyLevel"], "eventual", StringComparison.OrdinalIgnoreCase))
            {
                return GraphJson.Error(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery",
                    "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
            }

            if (ODataQuery.ParseSearchClause(search) is not { Property: "displayName" } clause)
            {
                return GraphJson.Error(StatusCodes.Status400BadRequest, "Request_BadRequest", "Syntax error: character '\"' is not valid at position 0 in '$search'.");
            }

            users = [.. users.Where(u => NameMatches(u.DisplayName, clause.Text))];
        }

        if (filter.Length > 0)
        {
            if (ODataQuery.ParseEqualsFilter(filter) is not { } clauses || clauses.Any(c => c.Path is not ("mail" or "userPrincipalName")))
            {
                return GraphJson.Error(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", "Invalid filter clause");
            }

            users = [.. users.Where(u => clauses.Any(c => string.Equals(c.Path == "mail" ? u.Mail : u.UserPrincipalName, c.Value, StringComparison.OrdinalIgnoreCase)))];
        }

        var properties = GraphJson.UserProperties(select);
        return GraphJson.Collection(GraphJson.UsersContext(select), users.Take(top).Select(u => GraphJson.User(u, properties)));
    }

    /// <summary>Graph's tokenised search, roughly: every word of the query starts some word of the name, any case.</summary>
    private static bool NameMatches(string displayName, string query)
    {
        static string[] Words(string text) =>
            new string([.. text.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = Words(displayName);
        var queryWords = Words(query);
        return queryWords.Length > 0 && queryWords.All(q => nameWords.Any(n => n.StartsWith(q, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<IResult> InstallAsync(string idOrUpn, HttpRequest request)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return GraphJson.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Content-Type must be application/json.");
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var bind = body?["teamsApp@odata.bind"]?.GetValueKind() == JsonValueKind.String ? body["teamsApp@odata.bind"]!.GetValue<string>() : null;
        if (bind is null || body!.Any(p => p.Key is not ("teamsApp@odata.bind" or "@odata.type")))
        {
            return GraphJson.Error(StatusCodes.Status400BadRequest, "BadRequest", "The request body must be {\"teamsApp@odata.bind\": \"…/appCatalogs/teamsApps/{id}\"}.");
        }

        if (!string.Equals(bind, CatalogAppBind, StringComparison.OrdinalIgnoreCase))
        {
            return GraphJson.Error(StatusCodes.Status404NotFound, "NotFound", "The app in teamsApp@odata.bind is not in the app catalog.");
        }

        if (FindUser(idOrUpn) is not { } user)
        {
            return GraphJson.Error(StatusCodes.Status404NotFound, "NotFound", $"User '{idOrUpn}' was not found.");
        }

        lock (_gate)
        {
            if (!_installedFor.Add(user.Id))
            {
                return GraphJson.Error(StatusCodes.Status409Conflict, "Conflict", "App is already installed for the user.");
            }
        }

        return Results.StatusCode(StatusCodes.Status201Created);
    }

    private IResult ListInstallations(string idOrUpn, HttpRequest request)
    {
        if (FindUser(idOrUpn) is not { } user)
        {
            return NoSuchUser(idOrUpn);
        }

        var filter = request.Query["$filter"].ToString();
        string? appId = null;
        if (filter.Length > 0)
        {
            if (ODataQuery.ParseEqualsFilter(filter) is not [("teamsApp/id", var id)])
            {
                return GraphJson.Error(StatusCodes.Status400BadRequest, "BadRequest", "Invalid filter clause");
            }

            appId = id;
        }

        var expandApp = request.Query["$expand"].ToString().Split(',').Contains("teamsApp", StringComparer.Ordinal);
        var installed = IsInstalled(user.Id) && (appId is null || string.Equals(appId, TeamsAppCatalogId, StringComparison.OrdinalIgnoreCase));
        var items = new List<JsonObject>();
        if (installed)
        {
            var item = new JsonObject { ["id"] = InstallationIdFor(user.Id) };
            if (expandApp)
            {
                item["teamsApp"] = new JsonObject
                {
                    ["id"] = TeamsAppCatalogId,
                    ["externalId"] = ManifestId,
                    ["displayName"] = "TraineeBot",
                    ["distributionMethod"] = "organization",
                };
            }

            items.Add(item);
        }

        return GraphJson.Collection($"{GraphJson.Metadata}#users('{user.Id}')/teamwork/installedApps" + (expandApp ? "(teamsApp())" : string.Empty), items);
    }

    private IResult GetChat(string idOrUpn, string installationId)
    {
        if (FindUser(idOrUpn) is not { } user)
        {
            return NoSuchUser(idOrUpn);
        }

        if (!IsInstalled(user.Id) || installationId != InstallationIdFor(user.Id))
        {
            return GraphJson.Error(StatusCodes.Status404NotFound, "NotFound", "The app installation was not found.");
        }

        return GraphJson.Ok(new JsonObject
        {
            ["@odata.context"] = $"{GraphJson.Metadata}#chats/$entity",
            ["id"] = ChatIdFor(user.Id),
            ["topic"] = null,
            ["createdDateTime"] = "2025-01-01T08:00:00.000Z",
            ["lastUpdatedDateTime"] = "2025-01-01T08:00:00.000Z",
            ["chatType"] = "oneOnOne",
            ["webUrl"] = $"https://teams.microsoft.com/l/chat/{Uri.EscapeDataString(ChatIdFor(user.Id))}/0",
            ["tenantId"] = "5a1b7c9d-0e2f-4a6b-8c0d-1e2f3a4b5c6d",
        });
    }
}
