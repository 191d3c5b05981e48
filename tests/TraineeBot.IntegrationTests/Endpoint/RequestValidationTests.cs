using System.Net;
using System.Text;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Endpoint;

public sealed class RequestValidationTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":""}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":5}""", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Malformed_activities_get_400(string body, HttpStatusCode expected)
    {
        var response = await bot.CreateClient().PostRawAsync(body, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_gets_415(string? contentType)
    {
        var response = await bot.CreateClient().PostRawAsync("""{"type":"message"}""", contentType, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Json_with_a_charset_is_accepted()
    {
        var activity = Activities.Message(TeamsUser.New(), "hjälp");
        var body = System.Text.Json.JsonSerializer.Serialize(activity, BotFramework.Schema.BotJsonContext.Default.Activity);

        var response = await bot.CreateClient().PostRawAsync(body, "application/json; charset=utf-8", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413()
    {
        var activity = Activities.Message(TeamsUser.New(), new string('x', 300 * 1024));
        var response = await bot.CreateClient().PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_streamed_body_without_length_over_256_KB_gets_413()
    {
        var json = Encoding.UTF8.GetBytes($$"""{"type":"message","text":"{{new string('x', 300 * 1024)}}"}""");
        var content = new StreamContent(new NonSeekableStream(json));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await bot.CreateClient().PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_processed()
    {
        var user = await bot.InstalledAsync(TeamsUser.New(), TestContext.Current.CancellationToken);
        var activity = Activities.Message(user, new string('x', 200 * 1024));
        var response = await bot.CreateClient().PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Over 2,000 characters: the user is told it was long, then it is handled as any message.
        Assert.Collection(bot.Connector.Sent,
            notice => Assert.Contains("lång", notice.Text, StringComparison.Ordinal),
            reply => Assert.StartsWith("Jag förstod inte", reply.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_on_the_messaging_endpoint_is_not_allowed()
    {
        var response = await bot.CreateClient().GetAsync("/api/messages", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public void Dispose() => bot.Dispose();

    /// <summary>Forces chunked transfer: no Content-Length for the server to check up front.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
