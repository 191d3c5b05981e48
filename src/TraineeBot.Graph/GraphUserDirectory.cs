using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using TraineeBot.Core.Directory;

namespace TraineeBot.Graph;

/// <summary>
/// Finds people in Entra ID through Graph: an object id by <c>GET /users/{id}</c>; an e-mail address or user principal
/// name by <c>$filter=mail eq '…' or userPrincipalName eq '…'</c>; anything else by <c>$search</c> on the display name
/// (an advanced query, so with <c>ConsistencyLevel: eventual</c>). Needs the application permission User.Read.All.
/// <para>
/// An address goes in the query, never in the path (<c>GET /users/{upn}</c> would work for a UPN): HttpClient's logs
/// and OpenTelemetry redact query strings but show paths, and only object ids may appear there. One request also
/// covers both a UPN and an e-mail address that differs from it.
/// </para>
/// </summary>
internal sealed class GraphUserDirectory(GraphClientFactory clients, IOptions<GraphOptions> options, ILogger<GraphUserDirectory> logger) : IUserDirectory
{
    /// <summary>The most users one Graph page of /users returns.</summary>
    internal const int MaxTop = 999;

    internal const string ReadPermission = "User.Read.All";

    private static readonly string[] Properties = ["id", "displayName", "mail", "userPrincipalName"];

    public bool IsConfigured => options.Value.HasCredentials;

    public async Task<IReadOnlyList<DirectoryUser>> FindAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var text = query.Trim();
        if (text.Length == 0 || !IsConfigured)
        {
            return [];
        }

        var kind = Classify(text);
        using var graph = clients.Create();
        try
        {
            IReadOnlyList<DirectoryUser> found = kind switch
            {
                LookupKind.ObjectId => await GetAsync(graph, Guid.Parse(text).ToString("D"), cancellationToken) is { } user ? [user] : [],
                LookupKind.Address => await FilterByAddressAsync(graph, text, Math.Min(limit, MaxTop), cancellationToken),
                _ => await SearchByNameAsync(graph, text, Math.Min(limit, MaxTop), cancellationToken),
            };
            GraphLog.LookupDone(logger, kind.ToString(), found.Count);
            return found;
        }
        catch (Exception exception) when (GraphFailure.TryRead(exception, cancellationToken, out var failure))
        {
            GraphLog.LookupFailed(logger, kind.ToString(), failure.Status, failure.ErrorCode, GraphFailure.Loggable(exception));
            throw new UserDirectoryException(Explain(failure), exception);
        }
    }

    internal static LookupKind Classify(string text) =>
        Guid.TryParse(text, out _) ? LookupKind.ObjectId
        : text.Contains('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace) ? LookupKind.Address
        : LookupKind.DisplayName;

    /// <summary>One user by object id; null when Graph says there is none (404).</summary>
    private static async Task<DirectoryUser?> GetAsync(GraphServiceClient graph, string objectId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await graph.Users[objectId].GetAsync(request => request.QueryParameters.Select = Properties, cancellationToken);
            return ToDirectoryUser(user);
        }
        catch (ApiException exception) when (exception.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static async Task<IReadOnlyList<DirectoryUser>> FilterByAddressAsync(
        GraphServiceClient graph, string address, int top, CancellationToken cancellationToken)
    {
        var literal = ODataText.FilterLiteral(address);
        var page = await graph.Users.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"mail eq {literal} or userPrincipalName eq {literal}";
            request.QueryParameters.Select = Properties;
            request.QueryParameters.Top = top;
        }, cancellationToken);
        return [.. Users(page).OrderBy(user => string.Equals(user.UserPrincipalName, address, StringComparison.OrdinalIgnoreCase) ? 0 : 1).Take(top)];
    }

    private static async Task<IReadOnlyList<DirectoryUser>> SearchByNameAsync(
        GraphServiceClient graph, string name, int top, CancellationToken cancellationToken)
    {
        var page = await graph.Users.GetAsync(request =>
        {
            request.QueryParameters.Search = ODataText.SearchClause("displayName", name);
            request.QueryParameters.Select = Properties;
            request.QueryParameters.Top = top;
            request.Headers.Add("ConsistencyLevel", "eventual");
        }, cancellationToken);
        return [.. Users(page).OrderBy(user => NameRank(user.DisplayName, name)).Take(top)];
    }

    /// <summary>Best first: the whole name, then a name that starts with the query, then the rest in Graph's order (stable sort).</summary>
    private static int NameRank(string displayName, string query) =>
        string.Equals(displayName, query, StringComparison.OrdinalIgnoreCase) ? 0
        : displayName.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 1
        : 2;

    private static IEnumerable<DirectoryUser> Users(UserCollectionResponse? page) =>
        (page?.Value ?? []).Select(ToDirectoryUser).OfType<DirectoryUser>();

    private static DirectoryUser? ToDirectoryUser(User? user) =>
        user?.Id is { Length: > 0 } id ? new DirectoryUser(id, user.DisplayName ?? string.Empty, user.Mail, user.UserPrincipalName) : null;

    private static string Explain(GraphFailure failure) => failure.Status switch
    {
        (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.Unauthorized =>
            $"Microsoft Graph refused the directory lookup ({failure}): the app registration needs the application permission {ReadPermission} with admin consent.",
        (int)HttpStatusCode.TooManyRequests => $"Microsoft Graph is throttling directory lookups ({failure}); try again later.",
        _ => $"Microsoft Graph could not answer the directory lookup ({failure}).",
    };

    internal enum LookupKind
    {
        ObjectId,
        Address,
        DisplayName,
    }
}
