using System.Net;
using System.Text.Json.Nodes;
using TraineeBot.Core.Programme;
using TraineeBot.Testing;
using UglyToad.PdfPig;

namespace TraineeBot.IntegrationTests.Supervisors;

/// <summary>
/// The certificate input: the supervisor's card two working weeks before the placement ends, the coordinator's draft
/// certificate card built from the answer, and its PDF through the signed download link.
/// </summary>
public sealed class SupervisorCertificateTests
{
    [Fact]
    public async Task The_supervisors_input_becomes_a_draft_certificate_card_and_a_pdf_for_the_coordinator()
    {
        await using var bed = await SupervisorBed.NewAsync();
        // The placement ends Saturday 29 May 2027; 10 working days before is Monday 17 May (Ascension Day is off).
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 5, 17, 10));
        var card = Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-checkin"), a => a.Card().VisibleText().Contains("Underlag till intyg", StringComparison.Ordinal));
        Assert.Contains("perioden slutar 29 maj 2027", card.Card().VisibleText(), StringComparison.Ordinal);
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Certificate));

        var (_, invalid) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", new JsonObject
        {
            ["checkInId"] = checkIn.Id.ToString(), ["tasks-performed"] = "Lek och samling", ["skills-shown"] = "", ["hours-per-week"] = "90",
        });
        Assert.Contains("Något behöver rättas till", invalid["value"]!.VisibleText(), StringComparison.Ordinal);
        var (_, answered) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", new JsonObject
        {
            ["checkInId"] = checkIn.Id.ToString(),
            ["tasks-performed"] = "Lek och samling med barnen, dukning och städning.",
            ["skills-shown"] = "Tålamod och ett varmt bemötande.",
            ["hours-per-week"] = "37,5",
            ["reference"] = "Amira har varit en tillgång för förskolan.",
        }, bed.ActivityId(card));
        Assert.Contains("Tack! Ditt svar är sparat.", answered["value"]!.VisibleText(), StringComparison.Ordinal);
        await bed.SendQueuedAsync();

        var draft = Assert.Single(bed.CardsTo(bed.Coordinator, "certificate-draft")).Card();
        var text = draft.VisibleText();
        Assert.Contains("Utkast till intyg: Amira Hassan", text, StringComparison.Ordinal);
        Assert.Contains("Tålamod och ett varmt bemötande.", text, StringComparison.Ordinal);
        Assert.Contains("37,5 timmar", text, StringComparison.Ordinal);
        Assert.Empty(bed.CardsTo(bed.Supervisor, "certificate-draft"));
        var url = new Uri(draft["actions"]![0]!["url"]!.GetValue<string>());

        using var client = bed.Bot.CreateClient();
        using var response = await client.GetAsync(url.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(bytes);
        var pdfText = string.Join(' ', pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Amira Hassan", pdfText, StringComparison.Ordinal);
        Assert.Contains("Botkyrka kommun", pdfText, StringComparison.Ordinal);
    }
}
