using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Downloads;
using TraineeBot.Testing;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.IntegrationTests.Security;

/// <summary>
/// Deployment safety (docs/security.md): secrets never reach a log line, an exception or a response; every response
/// carries the security headers; failures answer a bare 500; health says only its status word.
/// </summary>
public sealed partial class DeploymentSafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_appears_in_a_log_line_an_exception_or_a_response()
    {
        var appPassword = Secret("app");
        var graphSecret = Secret("graph");
        var texts = new List<string>(); // exception texts, response bodies, what went out to the connector
        var logs = new ConcurrentQueue<string>();
        var entra = new FakeEntra();
        await using var metadata = await OpenIdMetadataServer.StartAsync(Ct);
        metadata.BotFramework.Publish(TestKeys.Teams);

        // Start-up refused (SingleTenant without a tenant): the validation error names keys, not values.
        using (var refused = Configured(new TraineeBotFactory(), appPassword, graphSecret, metadata).With("MicrosoftAppType", "SingleTenant"))
        {
            refused.Environment = "Production";
            texts.Add(Assert.ThrowsAny<Exception>(() => refused.CreateClient()).ToString());
        }

        using var bot = Configured(new TraineeBotFactory(), appPassword, graphSecret, metadata)
            .With("Logging:LogLevel:Default", "Trace")
            .WithServices(services =>
            {
                services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(logs)));
                services.AddHttpClient(BotAuthenticationHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => entra);
            });
        bot.Environment = "Production";
        var client = bot.CreateClient();
        var user = TeamsUser.New();
        string Token() => TestTokens.Mint(TestTokens.ChannelToken(TestKeys.Teams, DateTimeOffset.UtcNow));

        async Task Send(Activity activity, string? token)
        {
            activity.ServiceUrl = TestBot.ServiceUrl;
            var response = await client.PostActivityAsync(activity, token, Ct);
            texts.Add($"{(int)response.StatusCode} {response.Headers} {await response.Content.ReadAsStringAsync(Ct)}");
        }

        await Send(Activities.Message(user, "hjälp"), token: null); // no token: 401
        await Send(Activities.Message(user, "hjälp"), TestTokens.Mint(TestTokens.ChannelToken(TestKeys.Teams, DateTimeOffset.UtcNow), d => d.Audience = "another-bot"));
        await Send(Activities.Message(user, "hjälp"), "not-a-token");

        entra.Reject = true; // Entra refuses the app password: the reply cannot get a token
        await Send(Activities.InstallationAdd(user), Token());
        await Send(Activities.Message(user, "hjälp"), Token());

        entra.Reject = false;
        await Send(Activities.InstallationAdd(user), Token());
        await Send(Activities.Message(user, "hjälp"), Token());
        bot.Connector.FailNextWith(HttpStatusCode.Forbidden, errorCode: "BotNotInConversationRoster");
        await Send(Activities.Message(user, "min plan"), Token());
        for (var i = 0; i < 4; i++)
        {
            bot.Connector.FailNextWith(HttpStatusCode.InternalServerError);
        }

        await Send(Activities.Message(user, "feedback"), Token());
        foreach (var path in new[] { "/", "/health", "/health/ready", "/downloads/x" })
        {
            texts.Add(await (await client.GetAsync(path, Ct)).Content.ReadAsStringAsync(Ct));
        }

        // The download links' signing key, as Data Protection keeps it next to the database.
        _ = bot.Services.GetRequiredService<IDownloadLinks>().Create(new DownloadRequest("certificate", Guid.NewGuid(), Guid.NewGuid()));
        var signingKeys = Directory.GetFiles(bot.DatabasePath + ".keys", "key-*.xml")
            .SelectMany(file => KeyValue().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value.Trim()))
            .ToList();

        texts.AddRange(bot.Connector.Requests.Select(r => $"{r.Uri} {r.Authorization} {r.Body}"));
        var secrets = new List<string> { appPassword, graphSecret };
        secrets.AddRange(signingKeys);
        var lines = logs.ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Scanned {lines.Count} log lines and {texts.Count} exception/response texts for {secrets.Count} secrets.");

        Assert.NotEmpty(signingKeys);
        Assert.True(entra.SawSecret(appPassword), "The app password never reached the token endpoint: the test exercised nothing.");
        // Each failure path was taken and logged with its exception: refused tokens, Entra refusing the secret, the connector failing.
        Assert.Contains(lines, l => l.Contains("refused: the token is not a well-formed JWT", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("invalid_client", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("answered 403", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("answered 500", StringComparison.Ordinal));
        Assert.NotEmpty(bot.Connector.Sent); // the turns after Entra accepted did reply
        foreach (var secret in secrets)
        {
            var fragment = secret[..16]; // any recognisable part of it, not only the whole value
            Assert.DoesNotContain(lines, l => l.Contains(fragment, StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => t.Contains(fragment, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/health")]
    [InlineData("GET", "/health/live")]
    [InlineData("GET", "/downloads/x")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("POST", "/api/messages")]
    [InlineData("POST", "/api/messages?bad-body")]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        using var bot = new TraineeBotFactory();
        var client = bot.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            var body = path.EndsWith("bad-body", StringComparison.Ordinal)
                ? "{\"not\":\"an activity\"}"
                : System.Text.Json.JsonSerializer.Serialize(Activities.Message(TeamsUser.New(), "hjälp"), BotJsonContext.Default.Activity);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request, Ct);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Kestrel_sends_the_security_headers_and_no_Server_header()
    {
        using var bot = new TraineeBotFactory();
        var messages = bot.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = new Uri(messages, "/") };

        foreach (var path in new[] { "/", "/health", "/no-such-page", "/downloads/x" })
        {
            var response = await client.GetAsync(path, Ct);

            Assert.False(response.Headers.Contains("Server"), $"{path} sent Server: {string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
            AssertSecurityHeaders(response);
        }
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_failure_is_a_bare_500_without_stack_trace_type_name_or_path(string environment)
    {
        var logs = new ConcurrentQueue<string>();
        using var bot = new TraineeBotFactory()
            .With("Bot:AllowUnauthenticated", "true")
            .WithServices(services =>
            {
                services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(logs)));
                services.Replace(ServiceDescriptor.Singleton<IBotRequestAuthenticator, ThrowingAuthenticator>());
                services.AddKeyedScoped<IDownloadSource, ThrowingSource>(ThrowingSource.KindName);
            });
        bot.Environment = environment;
        var client = bot.CreateClient();
        var link = bot.Services.GetRequiredService<IDownloadLinks>().Create(new DownloadRequest(ThrowingSource.KindName, Guid.NewGuid(), Guid.NewGuid()));

        var responses = new[]
        {
            await client.PostActivityAsync(Activities.Message(TeamsUser.New(), "hjälp"), cancellationToken: Ct),
            await client.GetAsync(link.PathAndQuery, Ct),
        };

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal(string.Empty, body);
            foreach (var leak in new[] { nameof(DeliberateFailureException), DeliberateFailureException.Text, "Exception", " at ", ".cs", "TraineeBot." })
            {
                Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
            }

            AssertSecurityHeaders(response);
        }

        // Not swallowed: the operator still sees it in the log.
        Assert.Equal(2, logs.Count(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains(DeliberateFailureException.Text, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    public async Task Health_says_only_its_status_word_healthy_or_not(string path)
    {
        using var bot = new TraineeBotFactory();
        bot.Environment = "Production";
        bot.With("Bot:AllowUnauthenticated", "true");
        var client = bot.CreateClient();
        var healthy = await client.GetAsync(path, Ct);
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync(Ct));
        Assert.Equal("text/plain", healthy.Content.Headers.ContentType?.MediaType);

        BreakDatabase(bot);
        var broken = await client.GetAsync(path, Ct);
        var body = await broken.Content.ReadAsStringAsync(Ct);

        Assert.Equal(path == "/health/live" ? "Healthy" : "Unhealthy", body); // only the word: no path, count, version or error
        Assert.Equal(path == "/health/live" ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        AssertSecurityHeaders(broken);
    }

    [Fact]
    public void The_shipped_settings_files_hold_no_secret_values()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "TraineeBot.Web"), "appsettings*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var settings = new ConfigurationBuilder().AddJsonFile(file).Build();
            foreach (var key in SecretKeys)
            {
                Assert.True(string.IsNullOrWhiteSpace(settings[key]), $"{Path.GetFileName(file)} sets {key}: secrets come from the environment.");
            }
        }
    }

    /// <summary>Every configuration key that holds a secret (docs/security.md).</summary>
    private static readonly string[] SecretKeys =
    [
        "MicrosoftAppPassword", "MicrosoftAppCertificatePassword", "Graph:ClientSecret", "Graph:CertificatePassword",
    ];

    private static TraineeBotFactory Configured(TraineeBotFactory bot, string appPassword, string graphSecret, OpenIdMetadataServer metadata) => bot
        .With("MicrosoftAppId", TestBot.AppId)
        .With("MicrosoftAppPassword", appPassword)
        .With("Bot:Authentication:BotFrameworkOpenIdMetadataUrl", metadata.BotFrameworkMetadataUrl.AbsoluteUri)
        .With("Bot:Authentication:EntraOpenIdMetadataUrlTemplate", metadata.EntraMetadataUrlTemplate)
        .With("Bot:Authentication:RequireHttpsMetadata", "false")
        .With("Graph:TenantId", TestBot.TenantId)
        .With("Graph:ClientId", Guid.NewGuid().ToString())
        .With("Graph:ClientSecret", graphSecret);

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) => string.Join(",",
            response.Headers.TryGetValues(name, out var values) ? values
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues : []);

        var where = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} ({(int)response.StatusCode})";
        Assert.True(Header("X-Content-Type-Options") == "nosniff", where);
        Assert.True(Header("X-Frame-Options") == "DENY", where);
        Assert.True(Header("Referrer-Policy") == "no-referrer", where);
        Assert.True(Header("Content-Security-Policy") == "default-src 'none'; frame-ancestors 'none'", where);
        Assert.True(response.Headers.CacheControl?.NoStore == true, where);
    }

    private static void BreakDatabase(TraineeBotFactory bot)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(bot.DatabasePath)!, Path.GetFileName(bot.DatabasePath) + "*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(bot.DatabasePath);
    }

    /// <summary>A distinctive random value: a leak of it cannot be a coincidence.</summary>
    private static string Secret(string kind) => $"{kind}-SECRET-{Convert.ToHexString(RandomNumberGenerator.GetBytes(24))}";

    [GeneratedRegex("<value>([^<]+)</value>")]
    private static partial Regex KeyValue();

    /// <summary>Entra's token endpoint: refuses the client as Entra does when told to, else issues a token.</summary>
    private sealed class FakeEntra : HttpMessageHandler
    {
        private readonly ConcurrentQueue<string> bodies = new();

        public bool Reject { get; set; }

        public bool SawSecret(string secret) => bodies.Any(b => Uri.UnescapeDataString(b).Contains(secret, StringComparison.Ordinal));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            bodies.Enqueue(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            if (!request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            var json = Reject
                ? """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"""
                : """{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"issued-access-token"}""";
            return new HttpResponseMessage(Reject ? HttpStatusCode.Unauthorized : HttpStatusCode.OK)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
        }
    }

    private sealed class DeliberateFailureException() : InvalidOperationException(Text)
    {
        public const string Text = "deliberate failure C:\\src\\TraineeBot\\Secret.cs line 42";
    }

    private sealed class ThrowingAuthenticator : IBotRequestAuthenticator
    {
        public ValueTask<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
            throw new DeliberateFailureException();
    }

    private sealed class ThrowingSource : IDownloadSource
    {
        public const string KindName = "throwing";

        public string Kind => KindName;

        public Task<DownloadFile?> OpenAsync(Guid subjectId, Guid forUserId, CancellationToken cancellationToken) =>
            throw new DeliberateFailureException();
    }
}
