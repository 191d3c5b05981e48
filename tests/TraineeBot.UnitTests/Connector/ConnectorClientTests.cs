using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/emea/");
    private const string ConversationId = "a:1Qh;messageid=17@x";

    private readonly FakeConnector fake = new();
    private readonly HttpClient http;
    private readonly ConnectorClient client;

    public ConnectorClientTests()
    {
        http = new HttpClient(fake);
        var policy = new ServiceUrlPolicy(Options.Create(new BotAuthenticationOptions { MicrosoftAppId = "app" }));
        policy.Trust(ServiceUrl);
        client = new ConnectorClient(http, new StaticConnectorToken("bot-token"), policy);
    }

    [Fact]
    public async Task Send_posts_to_the_conversation_with_the_bots_token_and_returns_the_id()
    {
        var result = await client.SendToConversationAsync(ServiceUrl, ConversationId, new Activity { Type = "message", Text = "hej" }, TestContext.Current.CancellationToken);

        var request = Assert.Single(fake.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1Qh%3Bmessageid%3D17%40x/activities", request.Uri.AbsolutePath);
        Assert.Equal("Bearer bot-token", request.Authorization);
        Assert.Equal("hej", request.Activity?.Text);
        Assert.StartsWith("activity-", result.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_update_and_delete_address_the_activity()
    {
        var ct = TestContext.Current.CancellationToken;
        await client.ReplyToActivityAsync(ServiceUrl, ConversationId, "1:abc", new Activity { Type = "message" }, ct);
        await client.UpdateActivityAsync(ServiceUrl, ConversationId, "1:abc", new Activity { Type = "message", Text = "ny" }, ct);
        await client.DeleteActivityAsync(ServiceUrl, ConversationId, "1:abc", ct);

        Assert.Collection(fake.Requests,
            r => Assert.Equal((HttpMethod.Post, "/emea/v3/conversations/a%3A1Qh%3Bmessageid%3D17%40x/activities/1%3Aabc"), (r.Method, r.Uri.AbsolutePath)),
            r => Assert.Equal((HttpMethod.Put, "/emea/v3/conversations/a%3A1Qh%3Bmessageid%3D17%40x/activities/1%3Aabc"), (r.Method, r.Uri.AbsolutePath)),
            r => Assert.Equal((HttpMethod.Delete, "/emea/v3/conversations/a%3A1Qh%3Bmessageid%3D17%40x/activities/1%3Aabc"), (r.Method, r.Uri.AbsolutePath)));
    }

    [Fact]
    public async Task Create_conversation_sends_the_member_and_tenant_as_Teams_wants_them()
    {
        var created = await client.CreateConversationAsync(ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-1" } },
        }, TestContext.Current.CancellationToken);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("/emea/v3/conversations", request.Uri.AbsolutePath);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:user", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_member_reads_the_Teams_member()
    {
        fake.AddMember("29:u", """{"id":"29:u","name":"Amira Hassan","aadObjectId":"a1","email":"amira@kommun.se","userPrincipalName":"amira@kommun.se","givenName":"Amira"}""");

        var member = await client.GetMemberAsync(ServiceUrl, ConversationId, "29:u", TestContext.Current.CancellationToken);

        Assert.Equal("/emea/v3/conversations/a%3A1Qh%3Bmessageid%3D17%40x/members/29%3Au", Assert.Single(fake.MemberLookups).Uri.AbsolutePath);
        Assert.Equal(("Amira Hassan", "a1", "amira@kommun.se", "Amira"), (member.Name, member.AadObjectId, member.UserPrincipalName, member.GivenName));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "MessageWritesBlocked", true)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", true)]
    [InlineData(HttpStatusCode.BadRequest, "BadSyntax", false)]
    public async Task A_connector_error_becomes_an_exception_with_the_status_and_code(HttpStatusCode status, string code, bool unreachable)
    {
        fake.FailNextWith(status, errorCode: code);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(ServiceUrl, ConversationId, new Activity { Type = "message" }, TestContext.Current.CancellationToken));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(unreachable, error.RecipientUnreachable);
    }

    [Fact]
    public async Task An_untrusted_serviceUrl_is_refused_before_any_request()
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync(new Uri("https://attacker.example.com/"), ConversationId, new Activity(), TestContext.Current.CancellationToken));

        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task An_empty_or_non_json_success_body_still_counts_as_sent()
    {
        fake.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("accepted") });

        var result = await client.SendToConversationAsync(ServiceUrl, ConversationId, new Activity { Type = "message" }, TestContext.Current.CancellationToken);

        Assert.Null(result.Id);
    }

    public void Dispose() => http.Dispose();
}
