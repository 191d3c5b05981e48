using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Teamwork.InstalledApps;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using TraineeBot.Core.Directory;

namespace TraineeBot.Graph;

/// <summary>
/// Installs the bot's app in a user's personal scope through Graph, as Company Communicator does, and reads back the
/// 1:1 chat between the bot and the user: <c>POST /users/{id}/teamwork/installedApps</c> (201, or 409 when it is
/// already there), then <c>GET …/installedApps?$expand=teamsApp&amp;$filter=teamsApp/id eq '{catalog id}'</c> and
/// <c>GET …/installedApps/{installation id}/chat</c>. Needs TeamsAppInstallation.ReadWriteSelfForUser.All.
/// </summary>
internal sealed class GraphTeamsAppInstaller(GraphClientFactory clients, IOptions<GraphOptions> options, ILogger<GraphTeamsAppInstaller> logger)
    : ITeamsAppInstaller
{
    internal const string InstallPermission = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    /// <summary>
    /// The catalog reference in the request body. It names a resource rather than an address to call, and Graph's
    /// documentation and Company Communicator both give it on graph.microsoft.com, so it does not follow BaseUrl.
    /// </summary>
    internal const string CatalogAppBindBase = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/";

    internal const string BindProperty = "teamsApp@odata.bind";

    private const string InstallStep = "install the Teams app";

    /// <summary>Graph's errors, as the SDK's own requests map them.</summary>
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<AppInstallResult> EnsureInstalledAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return new AppInstallResult(AppInstallOutcome.NotConfigured, null,
                settings.HasCredentials ? "Graph:TeamsAppCatalogId is not set, so the app cannot be installed." : "Microsoft Graph is not configured (section Graph).");
        }

        if (!Guid.TryParse(aadObjectId, out var objectId))
        {
            return new AppInstallResult(AppInstallOutcome.UserNotFound, null, "Not an Entra object id.");
        }

        var userId = objectId.ToString("D");
        var catalogId = settings.TeamsAppCatalogId!.Trim();
        using var graph = clients.Create();
        var installedApps = graph.Users[userId].Teamwork.InstalledApps;
        var step = InstallStep;
        try
        {
            var outcome = await InstallAsync(graph.RequestAdapter, installedApps, catalogId, cancellationToken);
            step = "find the app installation";
            var installationId = await FindInstallationAsync(installedApps, catalogId, cancellationToken);
            if (installationId is null)
            {
                GraphLog.InstallIncomplete(logger, outcome.ToString(), userId, "installation");
                return new AppInstallResult(AppInstallOutcome.Failed, null,
                    $"Graph lists no installation of app {catalogId} for the user after '{outcome}'. With {InstallPermission} the app's "
                    + "manifest needs webApplicationInfo.id equal to Graph:ClientId, or Graph returns nothing.");
            }

            step = "read the 1:1 chat";
            var chat = await installedApps[installationId].Chat.GetAsync(cancellationToken: cancellationToken);
            if (chat?.Id is not { Length: > 0 } chatId)
            {
                GraphLog.InstallIncomplete(logger, outcome.ToString(), userId, "chat");
                return new AppInstallResult(AppInstallOutcome.Failed, null, $"Graph returned no chat for the installation after '{outcome}'.");
            }

            if (outcome == AppInstallOutcome.Installed)
            {
                GraphLog.AppInstalled(logger, userId);
            }
            else
            {
                GraphLog.AppAlreadyInstalled(logger, userId);
            }

            return new AppInstallResult(outcome, chatId, null);
        }
        catch (Exception exception) when (GraphFailure.TryRead(exception, cancellationToken, out var failure))
        {
            return Failed(step, userId, failure, exception);
        }
    }

    /// <summary>
    /// 201 → installed now; 409 → it was already there; other errors are thrown to the caller. The body is written by
    /// hand so that it is exactly <c>{"teamsApp@odata.bind": "…"}</c> as Graph documents it: the SDK's model would
    /// add an <c>@odata.type</c>.
    /// </summary>
    private static async Task<AppInstallOutcome> InstallAsync(
        IRequestAdapter adapter, InstalledAppsRequestBuilder installedApps, string catalogId, CancellationToken cancellationToken)
    {
        var request = installedApps.ToPostRequestInformation(new UserScopeTeamsAppInstallation());
        var body = new JsonObject { [BindProperty] = CatalogAppBindBase + catalogId };
        request.SetStreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())), "application/json");
        try
        {
            await adapter.SendNoContentAsync(request, ErrorMapping, cancellationToken);
            return AppInstallOutcome.Installed;
        }
        catch (ApiException exception) when (exception.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            return AppInstallOutcome.AlreadyInstalled;
        }
    }

    private static async Task<string?> FindInstallationAsync(InstalledAppsRequestBuilder installedApps, string catalogId, CancellationToken cancellationToken)
    {
        var page = await installedApps.GetAsync(request =>
        {
            request.QueryParameters.Expand = ["teamsApp"];
            request.QueryParameters.Filter = $"teamsApp/id eq {ODataText.FilterLiteral(catalogId)}";
        }, cancellationToken);
        return page?.Value?.FirstOrDefault(installation => installation.Id is { Length: > 0 })?.Id;
    }

    private AppInstallResult Failed(string step, string userId, GraphFailure failure, Exception exception)
    {
        switch (failure.Status)
        {
            case (int)HttpStatusCode.NotFound when step == InstallStep:
                GraphLog.InstallUserNotFound(logger, userId);
                return new AppInstallResult(AppInstallOutcome.UserNotFound, null,
                    $"Graph has no such user ({failure}). If this happens for everyone, Graph:TeamsAppCatalogId is not in the org's app catalog.");
            case (int)HttpStatusCode.Forbidden:
                GraphLog.InstallForbidden(logger, step, userId, failure.ErrorCode, InstallPermission);
                return new AppInstallResult(AppInstallOutcome.Forbidden, null,
                    $"Graph refused to {step} ({failure}). The app registration needs the application permission {InstallPermission} "
                    + "with admin consent, and the app must be allowed for the user by the Teams app permission policies.");
            default:
                GraphLog.InstallFailed(logger, step, userId, failure.Status, failure.ErrorCode, GraphFailure.Loggable(exception));
                return new AppInstallResult(AppInstallOutcome.Failed, null,
                    failure.Status == (int)HttpStatusCode.TooManyRequests
                        ? $"Graph is throttling; could not {step} ({failure}). Try again later."
                        : $"Could not {step} ({failure}).");
        }
    }
}
