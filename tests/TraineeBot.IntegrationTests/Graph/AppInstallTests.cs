using System.Net;
using System.Text.Json.Nodes;
using TraineeBot.Core.Directory;
using TraineeBot.Testing.FakeGraph;

namespace TraineeBot.IntegrationTests.Graph;

/// <summary>Installing the bot for someone who never talked to it, against a real local fake of Graph.</summary>
public sealed class AppInstallTests : GraphTestBase
{
    [Fact]
    public async Task A_new_user_gets_the_app_installed_and_the_1_1_chat_id_back()
    {
        var user = Graph.AddUser("Anna Andersson", "anna.andersson@contoso.se");
        var installer = Resolve<ITeamsAppInstaller>();

        var result = await installer.EnsureInstalledAsync(user.Id, Cancellation);

        Assert.True(installer.IsConfigured);
        Assert.Equal(new AppInstallResult(AppInstallOutcome.Installed, FakeGraphServer.ChatIdFor(user.Id), null), result);
        Assert.True(result.IsReachable);
        Assert.True(Graph.IsInstalled(user.Id));
        Assert.Collection(Graph.Requests,
            post =>
            {
                Assert.Equal(("POST", $"/v1.0/users/{user.Id}/teamwork/installedApps", 201), (post.Method, post.Path, post.Status));
            },
            list =>
            {
                Assert.Equal(("GET", $"/v1.0/users/{user.Id}/teamwork/installedApps", 200), (list.Method, list.Path, list.Status));
                Assert.Equal("teamsApp", list.QueryOption("$expand"));
                Assert.Equal($"teamsApp/id eq '{FakeGraphServer.TeamsAppCatalogId}'", list.QueryOption("$filter"));
            },
            chat =>
            {
                var installation = FakeGraphServer.InstallationIdFor(user.Id);
                Assert.Equal(("GET", $"/v1.0/users/{user.Id}/teamwork/installedApps/{installation}/chat", 200), (chat.Method, chat.Path, chat.Status));
            });
        Assert.All(Graph.Requests, r => Assert.Equal($"Bearer {Token}", r.Header("Authorization")));
    }

    [Fact]
    public async Task The_install_request_body_is_exactly_the_catalog_reference_Graph_documents()
    {
        var user = Graph.AddUser("Bo Berg", "bo.berg@contoso.se");

        await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        var post = Assert.Single(Graph.Requests, r => r.Method == "POST");
        Assert.StartsWith("application/json", post.Header("Content-Type"), StringComparison.Ordinal);
        var body = Assert.IsType<JsonObject>(JsonNode.Parse(post.Body!));
        var property = Assert.Single(body);
        Assert.Equal("teamsApp@odata.bind", property.Key);
        Assert.Equal($"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{FakeGraphServer.TeamsAppCatalogId}", property.Value!.GetValue<string>());
    }

    [Fact]
    public async Task A_user_who_already_has_the_app_gets_409_and_still_the_chat_id()
    {
        var user = Graph.AddUser("Cecilia Carlsson", "cecilia@contoso.se");
        Graph.MarkInstalled(user.Id);

        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(new AppInstallResult(AppInstallOutcome.AlreadyInstalled, FakeGraphServer.ChatIdFor(user.Id), null), result);
        Assert.Equal([409, 200, 200], Graph.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Installing_twice_is_installed_then_already_installed_with_the_same_chat()
    {
        var user = Graph.AddUser("David Dahl", "david@contoso.se");
        var installer = Resolve<ITeamsAppInstaller>();

        var first = await installer.EnsureInstalledAsync(user.Id, Cancellation);
        var second = await installer.EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(AppInstallOutcome.Installed, first.Outcome);
        Assert.Equal(AppInstallOutcome.AlreadyInstalled, second.Outcome);
        Assert.Equal(first.ChatId, second.ChatId);
    }

    [Fact]
    public async Task An_unknown_user_is_UserNotFound_after_one_request()
    {
        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(Guid.NewGuid().ToString(), Cancellation);

        Assert.Equal(AppInstallOutcome.UserNotFound, result.Outcome);
        Assert.Null(result.ChatId);
        Assert.Equal(404, Assert.Single(Graph.Requests).Status);
    }

    [Fact]
    public async Task Something_that_is_not_an_object_id_is_UserNotFound_without_asking_Graph()
    {
        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync("anna@contoso.se", Cancellation);

        Assert.Equal(AppInstallOutcome.UserNotFound, result.Outcome);
        Assert.Empty(Graph.Requests);
    }

    [Fact]
    public async Task Forbidden_is_not_retried_and_says_which_permission_is_missing()
    {
        var user = Graph.AddUser("Erik Ek", "erik@contoso.se");
        Graph.FailNext(HttpStatusCode.Forbidden);

        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(AppInstallOutcome.Forbidden, result.Outcome);
        Assert.Null(result.ChatId);
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", result.Detail, StringComparison.Ordinal);
        Assert.Equal(403, Assert.Single(Graph.Requests).Status);
        Assert.False(Graph.IsInstalled(user.Id));
    }

    [Fact]
    public async Task Throttling_is_retried_once_after_the_Retry_After_with_the_same_body()
    {
        var user = Graph.AddUser("Fatima Farah", "fatima@contoso.se");
        Graph.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(AppInstallOutcome.Installed, result.Outcome);
        var posts = Graph.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal([429, 201], posts.Select(p => p.Status));
        Assert.True(posts[1].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromMilliseconds(990),
            $"waited only {(posts[1].ReceivedAt - posts[0].ReceivedAt).TotalMilliseconds} ms");
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Equal(4, Graph.Requests.Count);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_with_backoff()
    {
        var user = Graph.AddUser("Gustav Gran", "gustav@contoso.se");
        Graph.FailNext(HttpStatusCode.ServiceUnavailable, count: 2);

        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(AppInstallOutcome.Installed, result.Outcome);
        Assert.Equal([503, 503, 201, 200, 200], Graph.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Only_our_pipeline_retries_one_call_is_at_most_four_requests()
    {
        var user = Graph.AddUser("Hanna Holm", "hanna@contoso.se");
        Graph.FailNext(HttpStatusCode.ServiceUnavailable, count: 10);

        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(AppInstallOutcome.Failed, result.Outcome);
        Assert.Contains("503", result.Detail, StringComparison.Ordinal);
        Assert.Equal(4, Graph.Requests.Count); // 1 + Graph:Resilience:MaxRetries (3); the Graph SDK adds no retry handler of its own
        Assert.All(Graph.Requests, r => Assert.Null(r.Header("SdkVersion")));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_bound_is_not_waited_for()
    {
        var user = Graph.AddUser("Ida Ivarsson", "ida@contoso.se");
        Graph.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(60));

        var result = await Resolve<ITeamsAppInstaller>().EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Equal(AppInstallOutcome.Failed, result.Outcome);
        Assert.Contains("throttling", result.Detail, StringComparison.Ordinal);
        Assert.Single(Graph.Requests);
    }

    [Fact]
    public async Task Logs_name_users_by_object_id_only()
    {
        var user = Graph.AddUser("Jonas Jönsson", "jonas.jonsson@contoso.se");
        Graph.FailNext(HttpStatusCode.Forbidden);
        var installer = Resolve<ITeamsAppInstaller>();

        await installer.EnsureInstalledAsync(user.Id, Cancellation);
        await installer.EnsureInstalledAsync(user.Id, Cancellation);

        Assert.Contains(Logs, line => line.Contains(user.Id, StringComparison.Ordinal) && line.Contains("403", StringComparison.Ordinal));
        Assert.Contains(Logs, line => line.Contains($"Installed the Teams app for user {user.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain(Logs, line => line.Contains("Jönsson", StringComparison.Ordinal) || line.Contains("jonas", StringComparison.OrdinalIgnoreCase));
    }
}
