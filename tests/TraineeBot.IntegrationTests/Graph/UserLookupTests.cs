using System.Net;
using TraineeBot.Core.Directory;

namespace TraineeBot.IntegrationTests.Graph;

/// <summary>Finding people in the directory by UPN, e-mail, object id or name, against a real local fake of Graph.</summary>
public sealed class UserLookupTests : GraphTestBase
{
    [Fact]
    public async Task A_user_principal_name_is_found_by_filter_in_one_request()
    {
        var user = Graph.AddUser("Anna Andersson", mail: "anna@contoso.se", userPrincipalName: "anna.andersson@contoso.onmicrosoft.com");

        var found = await Resolve<IUserDirectory>().FindAsync("anna.andersson@contoso.onmicrosoft.com", 5, Cancellation);

        Assert.Equal([new DirectoryUser(user.Id, "Anna Andersson", "anna@contoso.se", "anna.andersson@contoso.onmicrosoft.com")], found);
        var request = Assert.Single(Graph.Requests);
        Assert.Equal("/v1.0/users", request.Path); // an address never goes in the path, which logs show
        Assert.Equal("mail eq 'anna.andersson@contoso.onmicrosoft.com' or userPrincipalName eq 'anna.andersson@contoso.onmicrosoft.com'",
            request.QueryOption("$filter"));
        Assert.Equal("id,displayName,mail,userPrincipalName", request.QueryOption("$select"));
        Assert.Equal($"Bearer {Token}", request.Header("Authorization"));
    }

    [Fact]
    public async Task An_object_id_is_looked_up_directly()
    {
        var user = Graph.AddUser("Bo Berg", "bo@contoso.se");

        var found = await Resolve<IUserDirectory>().FindAsync($" {user.Id.ToUpperInvariant()} ", 5, Cancellation);

        Assert.Equal(user.Id, Assert.Single(found).AadObjectId);
        var request = Assert.Single(Graph.Requests);
        Assert.Equal($"/v1.0/users/{user.Id}", request.Path);
        Assert.Equal("id,displayName,mail,userPrincipalName", request.QueryOption("$select"));
    }

    [Fact]
    public async Task An_e_mail_address_that_is_not_the_UPN_is_found_by_the_same_filter()
    {
        var user = Graph.AddUser("Cecilia Carlsson", mail: "cecilia.carlsson@botkyrka.se", userPrincipalName: "cc123@botkyrka.onmicrosoft.com");

        var found = await Resolve<IUserDirectory>().FindAsync("Cecilia.Carlsson@botkyrka.se", 5, Cancellation);

        Assert.Equal(user.Id, Assert.Single(found).AadObjectId);
        var filter = Assert.Single(Graph.Requests);
        Assert.Equal("/v1.0/users", filter.Path);
        Assert.Equal("mail eq 'Cecilia.Carlsson@botkyrka.se' or userPrincipalName eq 'Cecilia.Carlsson@botkyrka.se'", filter.QueryOption("$filter"));
        Assert.Equal("5", filter.QueryOption("$top"));
        Assert.Null(filter.Header("ConsistencyLevel"));
    }

    [Fact]
    public async Task A_name_is_searched_with_ConsistencyLevel_eventual_best_match_first()
    {
        Graph.AddUser("Anna Svensson-Berg", "anna.sb@contoso.se");
        var exact = Graph.AddUser("Anna Svensson", "anna.s@contoso.se");
        Graph.AddUser("Bertil Svensson", "bertil@contoso.se");

        var found = await Resolve<IUserDirectory>().FindAsync("anna svensson", 10, Cancellation);

        Assert.Equal([exact.Id, "Anna Svensson-Berg"], [found[0].AadObjectId, found[1].DisplayName]);
        Assert.Equal(2, found.Count);
        var search = Assert.Single(Graph.Requests);
        Assert.Equal(("/v1.0/users", 200), (search.Path, search.Status));
        Assert.Equal("\"displayName:anna svensson\"", search.QueryOption("$search"));
        Assert.Equal("eventual", search.Header("ConsistencyLevel"));
        Assert.Equal("10", search.QueryOption("$top"));
        Assert.Equal("id,displayName,mail,userPrincipalName", search.QueryOption("$select"));
    }

    [Fact]
    public async Task At_most_limit_users_are_returned()
    {
        for (var i = 0; i < 5; i++)
        {
            Graph.AddUser($"Lisa Nummer{i}", $"lisa{i}@contoso.se");
        }

        var found = await Resolve<IUserDirectory>().FindAsync("Lisa", 3, Cancellation);

        Assert.Equal(3, found.Count);
        Assert.Equal("3", Assert.Single(Graph.Requests).QueryOption("$top"));
    }

    [Fact]
    public async Task Double_quotes_and_backslashes_in_a_name_are_escaped_in_the_search()
    {
        var user = Graph.AddUser("Kalle \"Kula\" Back\\slash", "kalle@contoso.se");

        var found = await Resolve<IUserDirectory>().FindAsync("Kalle \"Kula\" Back\\slash", 5, Cancellation);

        Assert.Equal(user.Id, Assert.Single(found).AadObjectId);
        Assert.Equal("\"displayName:Kalle \\\"Kula\\\" Back\\\\slash\"", Assert.Single(Graph.Requests).QueryOption("$search"));
    }

    [Fact]
    public async Task An_apostrophe_in_an_address_is_doubled_in_the_filter()
    {
        var user = Graph.AddUser("Seán O'Brien", mail: "sean.o'brien@contoso.se", userPrincipalName: "sob@contoso.onmicrosoft.com");

        var found = await Resolve<IUserDirectory>().FindAsync("sean.o'brien@contoso.se", 5, Cancellation);

        Assert.Equal(user.Id, Assert.Single(found).AadObjectId);
        Assert.Equal("mail eq 'sean.o''brien@contoso.se' or userPrincipalName eq 'sean.o''brien@contoso.se'", Assert.Single(Graph.Requests).QueryOption("$filter"));
    }

    [Fact]
    public async Task Nobody_found_is_empty()
    {
        Graph.AddUser("Anna Andersson", "anna@contoso.se");
        var directory = Resolve<IUserDirectory>();

        Assert.Empty(await directory.FindAsync("Zlatan", 5, Cancellation));
        Assert.Empty(await directory.FindAsync("nobody@contoso.se", 5, Cancellation));
        Assert.Empty(await directory.FindAsync(Guid.NewGuid().ToString(), 5, Cancellation));
        Assert.Empty(await directory.FindAsync("   ", 5, Cancellation));
        Assert.All(Graph.Requests, r => Assert.True(r.Status is 200 or 404, r.PathAndQuery));
    }

    [Fact]
    public async Task A_missing_permission_is_an_error_that_names_it_not_an_empty_result()
    {
        Graph.FailNext(HttpStatusCode.Forbidden, errorCode: "Authorization_RequestDenied");

        var error = await Assert.ThrowsAsync<UserDirectoryException>(() => Resolve<IUserDirectory>().FindAsync("Anna", 5, Cancellation));

        Assert.Contains("User.Read.All", error.Message, StringComparison.Ordinal);
        Assert.Single(Graph.Requests);
        Assert.DoesNotContain(Logs, line => line.Contains("Anna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lookups_are_retried_on_503_too()
    {
        var user = Graph.AddUser("Maja Månsson", "maja@contoso.se");
        Graph.FailNext(HttpStatusCode.ServiceUnavailable);

        var found = await Resolve<IUserDirectory>().FindAsync("Maja", 5, Cancellation);

        Assert.Equal(user.Id, Assert.Single(found).AadObjectId);
        Assert.Equal([503, 200], Graph.Requests.Select(r => r.Status));
    }
}
