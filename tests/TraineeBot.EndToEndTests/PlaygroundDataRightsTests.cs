using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Testing;
using static TraineeBot.Testing.PlaygroundMessages;

namespace TraineeBot.EndToEndTests;

/// <summary>
/// Issue 9's "done when" in a real client: the demo trainee Amira asks for her data in Agents Playground and downloads
/// both files through their signed links; her coordinator Karin reads Amira's audit log and sees the export; Amira asks
/// to be erased, confirms on the card (an Action.Execute from Playground), and Karin is told — by the pseudonym only.
/// Every step is checked against the database.
/// </summary>
public sealed partial class PlaygroundDataRightsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_trainee_exports_and_erases_her_data_and_her_coordinator_reads_the_audit_log_in_Playground()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await DemoProgramme.SeedAsync(bot.Services, ct);
        await using var amira = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/trainee.yml");
        await using var karin = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/coordinator.yml");
        await karin.InstallAsync(ct);
        await karin.NextFromBotAsync(m => Shows(m, "TraineeBot"), Patience, ct);
        await amira.InstallAsync(ct);
        var consent = await amira.NextFromBotAsync(m => Shows(m, "Is it OK that I store your answers"), Patience, ct);
        await amira.SubmitAsync(MessageId(consent), new JsonObject { ["verb"] = "consent.give" }, ct);
        await amira.NextFromBotAsync(m => Says(m, "Thank you! Now we can start."), Patience, ct);

        // 1. "my data": two links, each downloads a file about Amira (and made only for her).
        await amira.SendAsync("my data", ct);
        var ready = await amira.NextFromBotAsync(m => Says(m, "Here is everything that is stored about you"), Patience, ct);
        var links = MarkdownLink().Matches(ready["text"]!.GetValue<string>()).Select(m => new Uri(m.Groups[1].Value)).ToList();
        Assert.Equal(2, links.Count);
        using var http = new HttpClient { BaseAddress = new Uri(endpoint.GetLeftPart(UriPartial.Authority)) };
        foreach (var link in links)
        {
            using var download = await http.GetAsync(link.PathAndQuery, ct);
            Assert.Equal(200, (int)download.StatusCode);
            Assert.Contains("Amira Hassan", await download.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        // 2. Karin reads Amira's audit log: the export is there, and so is her own read.
        await karin.SendAsync("audit log for Amira", ct);
        var log = await karin.NextFromBotAsync(m => Shows(m, "Audit log for Amira Hassan"), Patience, ct);
        Assert.Contains("Exported the data", CardText(log), StringComparison.Ordinal);
        Assert.Contains("Read the audit log", CardText(log), StringComparison.Ordinal);

        // 3. "delete my data": the card says what goes and what stays; confirming erases her.
        await amira.SendAsync("delete my data", ct);
        var confirm = await amira.NextFromBotAsync(m => Shows(m, "Do you want me to delete your data?"), Patience, ct);
        Assert.Contains("This stays", CardText(confirm), StringComparison.Ordinal);
        var erased = await amira.ExecuteAsync(MessageId(confirm), "data.erase.confirm", new JsonObject(), ct);
        Assert.Contains("Your data has been deleted.", InvokeText(erased), StringComparison.Ordinal);

        string pseudonym;
        await using (var db = bot.OpenDatabase())
        {
            var trainee = await db.Trainees.AsNoTracking().SingleAsync(t => t.ErasedUtc != null, ct);
            pseudonym = trainee.Name;
            Assert.StartsWith("Raderad ", pseudonym, StringComparison.Ordinal);
            Assert.False(await db.Trainees.AnyAsync(t => t.Name == "Amira Hassan", ct));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.TraineeId == trainee.Id && a.Action == AuditActions.Erasure, ct));
        }

        // 4. Karin is told, by the pseudonym only; links made before the erasure no longer open.
        var notice = await karin.NextFromBotAsync(m => Says(m, pseudonym), Patience, ct);
        Assert.DoesNotContain("Amira", notice["text"]!.GetValue<string>(), StringComparison.Ordinal);
        using var late = await http.GetAsync(links[0].PathAndQuery, ct);
        Assert.Equal(404, (int)late.StatusCode);
    }

    [GeneratedRegex(@"\]\((http[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    private static string InvokeText(JsonObject response) =>
        (response["value"] ?? response["body"]?["value"]) switch
        {
            JsonObject card => card.VisibleText(),
            JsonValue text => text.ToString(),
            var other => other?.ToJsonString() ?? response.ToJsonString(),
        };
}
