using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators;

/// <summary>
/// A coordinator sends a CSV file in the chat (Teams' download-info attachment): it is downloaded from where Teams keeps
/// it and imported like a pasted one. Other addresses, large files and failed downloads get a clear answer and nothing.
/// </summary>
public sealed class CsvFileImportTests : IDisposable
{
    private const string Csv = "namn;e-post;födelseår;arbetsplats;handledare;handledare_epost;typ;start;slut\r\n"
        + "Åsa Öberg;asa.oberg@example.se;2004;Förskolan Solen;Maria Berg;maria.berg@example.se;intern;2027-01-11;2027-06-30\r\n";

    private readonly FileServer files = new();
    private readonly TraineeBotFactory bot;

    public CsvFileImportTests()
    {
        bot = new TraineeBotFactory().With("Outbox:Enabled", "false").With("MicrosoftAppId", null)
            .WithServices(services => services.AddHttpClient("chat-files").ConfigurePrimaryHttpMessageHandler(() => files));
    }

    [Fact]
    public async Task A_csv_file_saved_by_swedish_excel_is_imported()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        // "CSV (semikolonavgränsad)" in Swedish Excel is Windows-1252/Latin-1, not UTF-8.
        files.Add("https://contoso.sharepoint.com/personal/karin/traineer.csv", Encoding.Latin1.GetBytes(Csv));

        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome")
            .SendFile("traineer.csv", "https://contoso.sharepoint.com/personal/karin/traineer.csv")
            .ExpectReply("Klart: 1 traineer registrerade, 1 traineeplatser, 0 nya arbetsplatser och 0 nya handledare.");

        await using var db = bot.OpenDatabase();
        Assert.Equal("Åsa Öberg", (await db.Trainees.AsNoTracking().SingleAsync(t => t.Email == "asa.oberg@example.se", ct)).Name);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/x.csv", "Jag kan bara läsa filer som skickas i Teams.")]
    [InlineData("http://contoso.sharepoint.com/x.csv", "Jag kan bara läsa filer som skickas i Teams.")]
    [InlineData("https://contoso.sharepoint.com.evil.example/x.csv", "Jag kan bara läsa filer som skickas i Teams.")]
    [InlineData("https://contoso.sharepoint.com/missing.csv", "Jag kunde inte hämta filen.")]
    [InlineData("https://contoso.sharepoint.com/huge.csv", "Filen är för stor för mig")]
    public async Task A_file_that_cannot_be_read_gets_a_clear_answer_and_nothing_is_saved(string url, string answer)
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        files.Add("https://contoso.sharepoint.com/huge.csv", new byte[2 * 1024 * 1024]);

        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome")
            .SendFile("traineer.csv", url).ExpectReplyContaining(answer);

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Trainees.CountAsync(ct));
        Assert.DoesNotContain(files.Requested, r => !r.Host.EndsWith(".sharepoint.com", StringComparison.Ordinal) || r.Scheme != "https");
    }

    [Fact]
    public async Task A_trainee_sending_a_csv_file_imports_nothing_and_nothing_is_downloaded()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        files.Add("https://contoso.sharepoint.com/personal/amira/traineer.csv", Encoding.UTF8.GetBytes(Csv));

        await Conversation.For(bot, f.TraineeUser).Install().SendFile("traineer.csv", "https://contoso.sharepoint.com/personal/amira/traineer.csv").RunAsync();

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Trainees.CountAsync(ct));
        Assert.Empty(files.Requested);
    }

    public void Dispose()
    {
        bot.Dispose();
        files.Dispose();
    }

    /// <summary>Where Teams keeps the files people send: answers with what was added, else 404.</summary>
    private sealed class FileServer : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, byte[]> content = new(StringComparer.Ordinal);

        public ConcurrentQueue<Uri> Requested { get; } = new();

        public void Add(string url, byte[] bytes) => content[url] = bytes;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested.Enqueue(request.RequestUri!);
            return Task.FromResult(content.TryGetValue(request.RequestUri!.AbsoluteUri, out var bytes)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }
}
