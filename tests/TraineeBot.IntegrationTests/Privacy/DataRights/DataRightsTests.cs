using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Privacy.DataRights;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.IntegrationTests.Trainees.CheckIns;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Privacy.DataRights;

/// <summary>A trainee's data rights by message, end to end: export links, erasure, consent withdrawal.</summary>
public sealed partial class DataRightsTests(ITestOutputHelper output)
{
    private const string AmirasWorry = "Min chef skriker på mig varje morgon 9182";
    private const string SupervisorsWords = "Kommer ofta sent, verkar trött 5521";
    private const string AmirasEmail = "amira.hassan@example.se";
    private const string AhmedsSecret = "Ahmeds hemliga fråga 3377";

    [Theory]
    [InlineData("sv-SE", "mina uppgifter", "Här är allt som finns sparat om dig", "Uppgifter om Amira Hassan", "Ärenden")]
    [InlineData("en-GB", "My data", "Here is everything that is stored about you", "Data about Amira Hassan", "Cases")]
    public async Task The_trainee_gets_a_JSON_and_an_HTML_file_with_their_own_data_and_nobody_elses(
        string locale, string ask, string told, string htmlTitle, string casesHeading)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await TraineeBed.NewAsync(locale, new DateOnly(2026, 11, 30));
        var ahmed = await AddAhmedAsync(bed);
        await SeedAmiraAsync(bed);
        var amira = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        await amira.ExpectCard("welcome");

        string? reply = null;
        await amira.Send(ask).ExpectReply(a => reply = a.Text);
        Assert.Contains(told, reply, StringComparison.Ordinal);
        var urls = Links().Matches(reply!).Select(m => new Uri(m.Groups[1].Value)).ToList();
        Assert.Equal(2, urls.Count);

        var client = bed.Bot.CreateClient();
        var json = await client.GetAsync(urls[0].PathAndQuery, ct);
        var html = await client.GetAsync(urls[1].PathAndQuery, ct);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var jsonText = await json.Content.ReadAsStringAsync(ct);
        var htmlText = await html.Content.ReadAsStringAsync(ct);
        output.WriteLine($"JSON {jsonText.Length} chars, HTML {htmlText.Length} chars");

        using var document = JsonDocument.Parse(jsonText);
        var sections = document.RootElement.GetProperty("sections");
        Assert.Equal("Amira Hassan", sections.GetProperty("trainee")[0].GetProperty("name").GetString());
        Assert.Equal(AmirasEmail, sections.GetProperty("trainee")[0].GetProperty("email").GetString());
        Assert.Equal(AmirasWorry, sections.GetProperty("caseMessages")[0].GetProperty("text").GetString());
        Assert.Contains(sections.GetProperty("checkIns").EnumerateArray(), c => c.GetProperty("answeredBy").GetString() == "supervisor"
            && c.GetProperty("answers").GetProperty("comment").GetString() == SupervisorsWords);
        Assert.Equal("Förskolan Solen", sections.GetProperty("placements")[0].GetProperty("workplace").GetString());
        Assert.Equal("Maria Berg", sections.GetProperty("placements")[0].GetProperty("supervisor").GetString());
        Assert.Equal(TraineeDataExport.SectionKeys, sections.EnumerateObject().Select(p => p.Name));

        Assert.Contains($"<title>{htmlTitle}</title>", htmlText, StringComparison.Ordinal);
        Assert.Contains($"<h2>{casesHeading}</h2>", htmlText, StringComparison.Ordinal);
        Assert.Contains(AmirasWorry, htmlText, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;fet&lt;/b&gt;", htmlText, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>fet</b>", htmlText, StringComparison.Ordinal);
        Assert.DoesNotContain("http", htmlText.Replace("http://adaptivecards", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        foreach (var text in new[] { jsonText, htmlText })
        {
            Assert.DoesNotContain("Ahmed", text, StringComparison.Ordinal);
            Assert.DoesNotContain(AhmedsSecret, text, StringComparison.Ordinal);
        }

        await using var db = bed.Bot.OpenDatabase();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.Export, ct);
        Assert.Equal(bed.Programme.Trainee.Id, entry.TraineeId);
        Assert.Equal(bed.Programme.Trainee.UserId, entry.ActorUserId);
        Assert.Equal("data.export", entry.Command);
        _ = ahmed;
    }

    [Fact]
    public async Task An_export_link_made_for_someone_else_or_naming_another_trainee_gives_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await TraineeBed.NewAsync("sv-SE", new DateOnly(2026, 11, 30));
        var ahmed = await AddAhmedAsync(bed);
        var links = bed.Bot.Services.GetRequiredService<IDownloadLinks>();
        var client = bed.Bot.CreateClient();
        var amira = bed.Programme.Trainee;

        async Task<HttpStatusCode> Open(string kind, Guid subject, Guid user) =>
            (await client.GetAsync(links.Create(new DownloadRequest(kind, subject, user)).PathAndQuery, ct)).StatusCode;

        Assert.Equal(HttpStatusCode.OK, await Open(DataExportDownloadsKinds.Json, amira.Id, amira.UserId));
        Assert.Equal(HttpStatusCode.NotFound, await Open(DataExportDownloadsKinds.Json, amira.Id, ahmed.UserId));
        Assert.Equal(HttpStatusCode.NotFound, await Open(DataExportDownloadsKinds.Html, amira.Id, ahmed.UserId));
        Assert.Equal(HttpStatusCode.NotFound, await Open(DataExportDownloadsKinds.Html, amira.Id, bed.Programme.Coordinator.UserId));
        Assert.Equal(HttpStatusCode.NotFound, await Open(DataExportDownloadsKinds.Json, Guid.NewGuid(), amira.UserId));
    }

    [Theory]
    [InlineData("sv-SE", "radera mina uppgifter", "Nu har jag raderat dina uppgifter", "Det finns inga uppgifter om dig att radera", "har raderats")]
    [InlineData("en-GB", "delete my data", "I have now deleted your data", "There is no data about you to delete", "has been deleted")]
    public async Task Erasure_removes_every_trace_keeps_the_report_figures_tells_the_coordinator_and_a_replay_does_nothing_more(
        string locale, string ask, string goodbye, string nothing, string _)
    {
        var ct = TestContext.Current.CancellationToken;
        // The placement ended before today, so Amira counts in the outcome report.
        await using var bed = await TraineeBed.NewAsync(locale, new DateOnly(2026, 3, 2), install: true);
        await AddAhmedAsync(bed);
        await SeedAmiraAsync(bed);
        var amiraUser = bed.Programme.TraineeUser;
        var amira = Conversation.For(bed.Bot, amiraUser);
        await amira.ExpectCard("welcome");
        var reportBefore = await ReportAsync(bed);
        Assert.Contains(bed.Programme.Trainee.Id.ToString(), reportBefore, StringComparison.Ordinal);

        await amira.Send(ask).ExpectCard(DataErasureCard.TemplateName, card => Assert.Contains("data.erase.confirm", card.ToJsonString(), StringComparison.Ordinal))
            .ExecuteCard(DataErasureCard.ConfirmVerb).ExpectReplyContaining(goodbye);
        Assert.Equal("application/vnd.microsoft.card.adaptive", amira.LastInvokeResponse?["type"]?.ToString());

        // Report figures: the same rows, so the same counts in every group.
        var reportAfter = await ReportAsync(bed);
        output.WriteLine(reportAfter);
        Assert.Equal(reportBefore, reportAfter);

        // The whole file, after a checkpoint, holds none of it.
        var bytes = await FileBytesAsync(bed);
        output.WriteLine($"Searched {bytes.Length} bytes of the database and its WAL");
        foreach (var secret in new[] { "Amira", "Hassan", AmirasEmail, AmirasWorry, SupervisorsWords, "Jag kan inte komma, bussen 6161", "förskola-drömmen 7070", amiraUser.AadObjectId })
        {
            Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(secret)) < 0, $"'{secret}' is still in the database file");
        }

        await using (var db = bed.Bot.OpenDatabase())
        {
            var trainee = await db.Trainees.AsNoTracking().SingleAsync(t => t.Id == bed.Programme.Trainee.Id, ct);
            Assert.Matches("^Raderad [0-9A-F]{4}$", trainee.Name);
            Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.Erasure && a.TraineeId == trainee.Id).ToListAsync(ct));
            var notice = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == $"data-erased:{trainee.Id}", ct);
            Assert.Equal(bed.Programme.Coordinator.UserId, notice.RecipientUserId);
            Assert.Contains(trainee.Name, notice.PayloadJson, StringComparison.Ordinal);
            Assert.Equal(OutboxStatus.Cancelled, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == "test:pending-to-amira", ct)).Status);
            Assert.Empty(await db.Schedules.AsNoTracking().Where(s => s.RecipientUserId == trainee.UserId || s.SubjectUserId == trainee.UserId).ToListAsync(ct));
            // Ahmed is untouched.
            Assert.Single(await db.Cases.AsNoTracking().Include(c => c.Messages).Where(c => c.Messages.Any(m => m.Text == AhmedsSecret)).ToListAsync(ct));
        }

        // The coordinator is told, in their language (Swedish), naming only the pseudonym.
        await bed.Bot.DrainAsync();
        var coordinatorTexts = bed.SentTo(bed.Programme.CoordinatorUser).Select(a => a.Text ?? string.Empty).ToList();
        Assert.Contains(coordinatorTexts, t => t.Contains("bad om att få sina uppgifter raderade", StringComparison.Ordinal) && t.Contains("Raderad ", StringComparison.Ordinal));

        // Pressed again: nothing more is erased, and the sender is told it is done; they are a new, unknown person now.
        await amira.ExecuteCard(DataErasureCard.ConfirmVerb).ExpectReplyContaining(nothing);
        await using (var db = bed.Bot.OpenDatabase())
        {
            Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.Erasure).ToListAsync(ct));
            var newUser = await db.Users.AsNoTracking().SingleAsync(u => u.AadObjectId == amiraUser.AadObjectId, ct);
            Assert.NotEqual(bed.Programme.Trainee.UserId, newUser.Id);
            Assert.Equal(Core.Users.UserRole.Unassigned, newUser.Role);
        }
    }

    [Fact]
    public async Task Cancelling_the_erasure_keeps_everything()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await TraineeBed.NewAsync("sv-SE", new DateOnly(2026, 11, 30));
        await SeedAmiraAsync(bed);
        var amira = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        await amira.ExpectCard("welcome");

        await amira.Send("Radera mina uppgifter!").ExpectCard(DataErasureCard.TemplateName)
            .ExecuteCard(DataErasureCard.CancelVerb).ExpectReplyContaining("Okej, jag raderar ingenting");
        Assert.Contains("Du valde att beh", amira.LastInvokeResponse!.ToJsonString(), StringComparison.Ordinal);

        await using var db = bed.Bot.OpenDatabase();
        Assert.Equal("Amira Hassan", (await db.Trainees.AsNoTracking().SingleAsync(t => t.Id == bed.Programme.Trainee.Id, ct)).Name);
        Assert.Equal(AmirasWorry, (await db.CaseMessages.AsNoTracking().SingleAsync(ct)).Text);
        Assert.Empty(await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.Erasure).ToListAsync(ct));
    }

    [Fact]
    public async Task The_erasure_button_also_works_as_an_Action_Submit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await TraineeBed.NewAsync("sv-SE", new DateOnly(2026, 11, 30));
        var amira = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        await amira.ExpectCard("welcome");

        await amira.Send("radera mina uppgifter").ExpectCard(DataErasureCard.TemplateName)
            .SubmitCard(new { verb = DataErasureCard.ConfirmVerb }).ExpectReplyContaining("Nu har jag raderat dina uppgifter");

        await using var db = bed.Bot.OpenDatabase();
        Assert.StartsWith("Raderad ", (await db.Trainees.AsNoTracking().SingleAsync(ct)).Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_a_trainee_is_not_offered_erasure()
    {
        await using var bed = await TraineeBed.NewAsync("sv-SE", new DateOnly(2026, 11, 30), install: false);
        await Conversation.For(bed.Bot, TeamsUser.New("Okänd")).Install().ExpectCard("welcome")
            .Send("radera mina uppgifter").ExpectReplyContaining("Jag förstod inte riktigt.");
    }

    [Theory]
    [InlineData("sv-SE", "Återkalla samtycke", "du återkallar ditt samtycke", "jag godkänner")]
    [InlineData("en-GB", "withdraw my consent", "you withdraw your consent", "I agree")]
    public async Task Withdrawing_consent_stops_every_proactive_message_until_consent_is_given_again(string locale, string withdraw, string told, string agree)
    {
        var ct = TestContext.Current.CancellationToken;
        // The placement starts Monday 30 November: the start checklist is due before it, check-ins on 14 and 28 December.
        await using var bed = await TraineeBed.NewAsync(locale, new DateOnly(2026, 11, 30));
        var amira = Conversation.For(bed.Bot, bed.Programme.TraineeUser);
        await amira.ExpectCard("welcome");
        await bed.Bot.EnqueueAsync(new OutboxRequest("test:pending-to-amira", bed.Programme.Trainee.UserId, OutboxKinds.Activity,
            JsonSerializer.Serialize(new { type = "message", text = "ska inte komma" }), bed.Now.AddHours(1)));

        bed.Bot.Clock!.Advance(TimeSpan.FromMinutes(5));
        await amira.Send(withdraw).ExpectReplyContaining(told);
        var sentToAmira = bed.SentTo(bed.Programme.TraineeUser).Count;

        await bed.RunUntilAsync(TraineeBed.Local(2026, 12, 29, 12));
        Assert.Equal(sentToAmira, bed.SentTo(bed.Programme.TraineeUser).Count);
        Assert.Empty(await bed.CheckInsAsync());
        Assert.Contains(bed.SentTo(bed.Programme.CoordinatorUser), a => a.Text?.Contains("har återkallat sitt samtycke", StringComparison.Ordinal) == true);
        await using (var db = bed.Bot.OpenDatabase())
        {
            Assert.Equal(ConsentDecision.Withdrawn, (await db.Consents.AsNoTracking().Where(c => c.UserId == bed.Programme.Trainee.UserId).ToListAsync(ct)).MaxBy(c => c.DecidedUtc)!.Decision);
            Assert.Equal(OutboxStatus.Cancelled, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == "test:pending-to-amira", ct)).Status);
            Assert.All(await db.Schedules.AsNoTracking().Where(s => s.RecipientUserId == bed.Programme.Trainee.UserId).ToListAsync(ct),
                s => Assert.NotEqual(ScheduleStatus.Active, s.Status));
            Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.ConsentWithdrawn && a.TraineeId == bed.Programme.Trainee.Id).ToListAsync(ct));
        }

        // As after a refusal: anything else gets the reminder of how to say yes; then yes, and the check-ins go on.
        await amira.Send("hej").ExpectReplyContaining(locale == "sv-SE" ? "Skriv \"samtycke\"" : "Write \"consent\"");
        bed.Bot.Clock!.Advance(TimeSpan.FromMinutes(5));
        await amira.Send(agree).ExpectReply(_ => { });
        await bed.RunUntilAsync(TraineeBed.Local(2027, 1, 11, 12));
        var checkIns = await bed.CheckInsAsync();
        Assert.Single(checkIns);
        Assert.Equal(new DateOnly(2027, 1, 11), DateOnly.FromDateTime(Core.Localization.StockholmTime.ToLocal(checkIns[0].SentUtc!.Value).DateTime));
    }

    private static async Task<Trainee> AddAhmedAsync(TraineeBed bed)
    {
        await using var scope = bed.Bot.Services.CreateAsyncScope();
        var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
        var ahmed = await programme.RegisterTraineeAsync(new NewTrainee(new NewPerson("Ahmed Yusuf", "ahmed@example.se", TeamsUser.New("Ahmed Yusuf").AadObjectId),
            bed.Programme.Coordinator.Id, BirthYear: 2004), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ICases>().OpenAsync(new OpenCase(ahmed.Id, CaseKind.Question, AhmedsSecret, CaseAuthor.Trainee), CancellationToken.None);
        return ahmed;
    }

    /// <summary>Amira's e-mail, a question, her and her supervisor's check-in answers, her inventory, a start-checklist reason, a message waiting for her.</summary>
    private static async Task SeedAmiraAsync(TraineeBed bed)
    {
        var amira = bed.Programme.Trainee;
        await using (var scope = bed.Bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICases>().OpenAsync(new OpenCase(amira.Id, CaseKind.Question, AmirasWorry, CaseAuthor.Trainee), CancellationToken.None);
        }

        await using var db = bed.Bot.OpenDatabase();
        var trainee = await db.Trainees.SingleAsync(t => t.Id == amira.Id);
        trainee.Email = AmirasEmail;
        trainee.SupportNeeds = "Behöver <b>fet</b> stil";
        var placement = await db.Placements.SingleAsync(p => p.TraineeId == amira.Id);
        placement.CannotComeReason = "Jag kan inte komma, bussen 6161";
        var now = bed.Now;
        db.CheckIns.Add(new CheckIn
        {
            Id = Guid.NewGuid(), Kind = CheckInKinds.Trainee, TraineeId = amira.Id, PlacementId = placement.Id, RespondentUserId = amira.UserId,
            OccurrenceKey = "seed-1", DueUtc = now.AddDays(-30), Status = CheckInStatus.Answered, AnsweredUtc = now.AddDays(-30), CreatedUtc = now,
            AnswersJson = JsonSerializer.Serialize(new { mood = 2, support = 4, difficulty = AmirasWorry }), Flagged = true, FlagReasons = AmirasWorry,
        });
        db.CheckIns.Add(new CheckIn
        {
            Id = Guid.NewGuid(), Kind = CheckInKinds.Supervisor, TraineeId = amira.Id, PlacementId = placement.Id, RespondentUserId = bed.Programme.Supervisor.UserId,
            OccurrenceKey = "seed-2", DueUtc = now.AddDays(-20), Status = CheckInStatus.Answered, AnsweredUtc = now.AddDays(-20), CreatedUtc = now,
            AnswersJson = JsonSerializer.Serialize(new Dictionary<string, object> { ["programme-support"] = "5", ["comment"] = SupervisorsWords }),
        });
        db.InterestProfiles.Add(new InterestProfile
        {
            Id = Guid.NewGuid(), TraineeId = amira.Id, ConfirmedUtc = now, AnswersJson = JsonSerializer.Serialize(new { dream = "förskola-drömmen 7070" }), SuggestionsJson = "[]",
        });
        await db.SaveChangesAsync();
        await bed.Bot.EnqueueAsync(new OutboxRequest("test:pending-to-amira", amira.UserId, OutboxKinds.Activity,
            JsonSerializer.Serialize(new { type = "message", text = "Hej Amira Hassan" }), now.AddDays(3)));
        await bed.Bot.EnqueueAsync(new OutboxRequest("test:about-amira", bed.Programme.Coordinator.UserId, OutboxKinds.Activity,
            JsonSerializer.Serialize(new { type = "message", text = "Amira Hassan behöver ringas" }), now.AddDays(3)));
    }

    private static async Task<string> ReportAsync(TraineeBed bed)
    {
        await using var scope = bed.Bot.Services.CreateAsyncScope();
        var today = Core.Localization.StockholmTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var rows = await scope.ServiceProvider.GetRequiredService<IOutcomeReportData>().RowsAsync(null, today, CancellationToken.None);
        var report = OutcomeReport.Build(rows, today, minGroupSize: 1);
        return JsonSerializer.Serialize(new { rows, report });
    }

    private static async Task<byte[]> FileBytesAsync(TraineeBed bed)
    {
        await using (var db = bed.Bot.OpenDatabase())
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        var path = bed.Bot.DatabasePath;
        var parts = new List<byte>();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            parts.AddRange(copy.ToArray());
        }

        return [.. parts];
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    [GeneratedRegex(@"\]\((https?://[^)]+)\)")]
    private static partial Regex Links();
}

/// <summary>The export download kinds as the tests use them.</summary>
internal static class DataExportDownloadsKinds
{
    public const string Json = "data-export-json";

    public const string Html = "data-export-html";
}
