using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.Core.Downloads;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Downloads;

/// <summary>Download links over the real HTTP pipeline, with a fake source of kind <c>test</c>.</summary>
public sealed class DownloadLinkTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Content = [0x25, 0x50, 0x44, 0x46, 1, 2, 3];

    private readonly FakeSource source = new();
    private readonly Guid subject = Guid.NewGuid();
    private readonly Guid userA = Guid.NewGuid();

    private TraineeBotFactory Bot(string? databasePath = null) => new TraineeBotFactory(databasePath)
        .WithFakeClock(Start)
        .WithServices(services => services.AddKeyedScoped<IDownloadSource>(FakeSource.KindName, (_, _) => source));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_link_downloads_the_file_as_an_uncached_attachment()
    {
        using var bot = Bot();
        var client = bot.CreateClient();
        source.Files[subject] = new DownloadFile("intyg-amira-hassan-2026-06-30.pdf", "application/pdf", Content);

        var link = Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA));
        var response = await client.GetAsync(link.PathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("intyg-amira-hassan-2026-06-30.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(new Uri("http://localhost:3978/"), new Uri(link.GetLeftPart(UriPartial.Authority) + "/"));
        Assert.StartsWith("/downloads/", link.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_carries_the_user_it_was_made_for()
    {
        using var bot = Bot();
        var client = bot.CreateClient();
        var userB = Guid.NewGuid();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);

        await client.GetAsync(Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA)).PathAndQuery, Ct);
        await client.GetAsync(Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userB)).PathAndQuery, Ct);

        Assert.Equal([(subject, userA), (subject, userB)], source.Calls);
    }

    [Fact]
    public async Task Tampered_truncated_and_garbage_tokens_are_404_without_a_body()
    {
        using var bot = Bot();
        var client = bot.CreateClient();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);
        var token = Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA)).AbsolutePath["/downloads/".Length..];
        var middle = token.Length / 2;
        var flipped = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        using var otherBot = Bot(); // other keys: its links are not ours
        _ = otherBot.CreateClient();
        var foreign = Links(otherBot).Create(new DownloadRequest(FakeSource.KindName, subject, userA)).AbsolutePath["/downloads/".Length..];

        foreach (var bad in new[] { flipped, token[..^4], token[4..], token + "A", "garbage", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%E2%98%83", new string('A', 5000), foreign })
        {
            var response = await client.GetAsync($"/downloads/{bad}", Ct);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        }

        Assert.Empty(source.Calls);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/downloads/{token}", Ct)).StatusCode); // the real one still works
    }

    [Fact]
    public async Task An_expired_link_is_410_Gone_with_a_short_text()
    {
        using var bot = Bot();
        var client = bot.CreateClient();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);
        var link = Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA));

        bot.Clock!.Advance(TimeSpan.FromHours(23.9));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.PathAndQuery, Ct)).StatusCode);
        bot.Clock.Advance(TimeSpan.FromHours(0.1));
        var response = await client.GetAsync(link.PathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Länken har slutat gälla", text, StringComparison.Ordinal);
        Assert.Contains("The link has expired", text, StringComparison.Ordinal);
        Assert.Single(source.Calls); // only the download before it expired
    }

    [Fact]
    public async Task A_link_can_be_made_for_less_time_than_the_default()
    {
        using var bot = Bot();
        var client = bot.CreateClient();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);
        var link = Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA, TimeSpan.FromMinutes(10)));

        bot.Clock!.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(link.PathAndQuery, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_default_lifetime_and_the_public_address_come_from_configuration()
    {
        using var bot = Bot().With("Downloads:ValidFor", "00:30:00").With("Downloads:PublicBaseUrl", "https://bot.example.se/trainee/");
        var client = bot.CreateClient();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);

        var link = Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA));
        bot.Clock!.Advance(TimeSpan.FromMinutes(31));

        Assert.StartsWith("https://bot.example.se/trainee/downloads/", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(link.AbsolutePath["/trainee".Length..], Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_kind_and_a_refusing_source_are_404()
    {
        using var bot = Bot();
        var client = bot.CreateClient();

        var unknownKind = Links(bot).Create(new DownloadRequest("no-such-kind", subject, userA));
        var refused = Links(bot).Create(new DownloadRequest(FakeSource.KindName, subject, userA)); // no file for it

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(unknownKind.PathAndQuery, Ct)).StatusCode);
        var response = await client.GetAsync(refused.PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal([(subject, userA)], source.Calls);
    }

    [Fact]
    public async Task Links_survive_a_restart_because_the_keys_are_kept_next_to_the_database()
    {
        var databasePath = TraineeBotFactory.NewDatabasePath();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);
        Uri link;
        using (var before = Bot(databasePath))
        {
            _ = before.CreateClient();
            link = Links(before).Create(new DownloadRequest(FakeSource.KindName, subject, userA));
        }

        using var after = Bot(databasePath);
        var response = await after.CreateClient().GetAsync(link.PathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Directory.GetFiles(databasePath + ".keys", "key-*.xml"));
    }

    [Fact]
    public async Task The_token_is_never_logged_nor_left_in_the_trace()
    {
        var logs = new ConcurrentQueue<string>();
        var tags = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                tags.Enqueue(activity.DisplayName);
                foreach (var tag in activity.TagObjects)
                {
                    tags.Enqueue($"{tag.Key}={tag.Value}");
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var bot = Bot()
            .With("Logging:LogLevel:Default", "Trace")
            .With("Telemetry:Exporter", "otlp")
            .WithServices(services => services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(logs))));
        var client = bot.CreateClient();
        source.Files[subject] = new DownloadFile("a.pdf", "application/pdf", Content);
        var links = Links(bot);
        var served = links.Create(new DownloadRequest(FakeSource.KindName, subject, userA));
        var refused = links.Create(new DownloadRequest(FakeSource.KindName, Guid.NewGuid(), userA));
        var expiring = links.Create(new DownloadRequest(FakeSource.KindName, subject, userA, TimeSpan.FromSeconds(1)));
        bot.Clock!.Advance(TimeSpan.FromSeconds(2));

        foreach (var link in new[] { served, refused, expiring })
        {
            await client.GetAsync(link.PathAndQuery, Ct);
        }

        await client.GetAsync(served.PathAndQuery[..^3], Ct);
        Assert.Contains(logs, l => l.Contains("was served to user", StringComparison.Ordinal));
        // The server's request activity stops after the client has the response: wait for it (other tests' activities
        // arrive too, as the listener hears the whole process).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!tags.Any(t => t.Contains("/downloads/{token}", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }

        Assert.Contains(tags, t => t.Contains("/downloads/{token}", StringComparison.Ordinal));
        foreach (var link in new[] { served, refused, expiring })
        {
            var token = link.AbsolutePath["/downloads/".Length..];
            Assert.DoesNotContain(logs, l => l.Contains(token[..20], StringComparison.Ordinal));
            Assert.DoesNotContain(tags, t => t.Contains(token[..20], StringComparison.Ordinal));
        }
    }

    private static IDownloadLinks Links(TraineeBotFactory bot) => bot.Services.GetRequiredService<IDownloadLinks>();

    private sealed class FakeSource : IDownloadSource
    {
        public const string KindName = "test";

        public ConcurrentDictionary<Guid, DownloadFile> Files { get; } = new();

        public List<(Guid Subject, Guid User)> Calls { get; } = [];

        public string Kind => KindName;

        public Task<DownloadFile?> OpenAsync(Guid subjectId, Guid forUserId, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add((subjectId, forUserId));
            }

            return Task.FromResult(Files.GetValueOrDefault(subjectId));
        }
    }
}
