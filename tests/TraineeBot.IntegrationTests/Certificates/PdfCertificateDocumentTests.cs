using TraineeBot.Core.Supervisors.Certificates;
using TraineeBot.Testing.Programme;
using TraineeBot.Infrastructure.Certificates;
using UglyToad.PdfPig;

namespace TraineeBot.IntegrationTests.Certificates;

public sealed class PdfCertificateDocumentTests
{
    /// <summary>Amira's draft with å, ä and ö in every part the PDF writes.</summary>
    internal static CertificateDraft Amira() => SampleCertificates.Amira() with
    {
        SkillsShown = "Punktlig, lugn och bra på att samarbeta. Åtog sig ansvar för läsvilan.",
    };

    private readonly PdfCertificateDocument document = new();

    [Fact]
    public void The_PDF_is_one_A4_page_with_the_certificate_text_and_Swedish_letters()
    {
        var pdf = document.RenderPdf(Amira());

        using var read = PdfDocument.Open(pdf);
        Assert.Equal(1, read.NumberOfPages);
        var page = read.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        var text = Words(pdf);
        Assert.StartsWith("Botkyrka kommun Intyg Amira Hassan har under perioden 7 januari–30 juni 2026", text, StringComparison.Ordinal);
        Assert.Contains("som barnskötare på Förskolan Solen (Förskoleförvaltningen) inom Traineeprogrammet i Botkyrka kommun.", text, StringComparison.Ordinal);
        Assert.Contains("37,5 timmar i veckan", text, StringComparison.Ordinal);
        Assert.Contains("Åtog sig ansvar för läsvilan", text, StringComparison.Ordinal);
        Assert.Contains("Botkyrka den 30 juni 2026", text, StringComparison.Ordinal);
        Assert.Contains("Maria Berg Karin Lind", text, StringComparison.Ordinal); // the signatures side by side
        Assert.Contains("Handledare på Förskolan Solen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sida", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_in_the_PDF_is_the_certificate_text()
    {
        var draft = Amira();

        var text = Words(document.RenderPdf(draft));

        var expected = string.Join(' ', CertificateText.Body(draft)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(string.Join(' ', expected), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_reference_goes_on_to_a_second_page_within_the_margins()
    {
        var reference = string.Join(' ', Enumerable.Range(1, 700).Select(i => $"ord{i}")) + " slutord";
        var pdf = document.RenderPdf(Amira() with { Reference = reference });

        using var read = PdfDocument.Open(pdf);
        Assert.Equal(2, read.NumberOfPages);
        var first = string.Join(' ', read.GetPage(1).GetWords().Select(w => w.Text));
        var second = string.Join(' ', read.GetPage(2).GetWords().Select(w => w.Text));
        Assert.StartsWith("Botkyrka kommun", second, StringComparison.Ordinal); // the header on every page
        Assert.Contains("Sida 1 av 2", first, StringComparison.Ordinal);
        Assert.Contains("Sida 2 av 2", second, StringComparison.Ordinal);
        Assert.Contains("slutord", second, StringComparison.Ordinal);
        Assert.Contains("Karin Lind", second, StringComparison.Ordinal);
        Assert.Contains(string.Join(' ', Enumerable.Range(1, 700).Select(i => $"ord{i}")), Words(pdf).Replace(" Sida 1 av 2 Botkyrka kommun", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var page in read.GetPages())
        {
            Assert.All(page.Letters, l => Assert.InRange(l.EndBaseLine.X, 69, 526));
            Assert.All(page.Letters, l => Assert.InRange(l.StartBaseLine.Y, 30, 790));
        }
    }

    [Fact]
    public void A_word_longer_than_a_line_is_broken_and_kept_whole_in_the_text()
    {
        var url = "https://example.se/" + new string('x', 200);

        var pdf = document.RenderPdf(Amira() with { Reference = url });

        using var read = PdfDocument.Open(pdf);
        Assert.All(read.GetPage(1).Letters, l => Assert.InRange(l.EndBaseLine.X, 69, 526));
        Assert.Contains(url, read.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_the_font_lacks_become_question_marks_and_markdown_is_literal()
    {
        var pdf = document.RenderPdf(Amira() with
        {
            TraineeName = "Amira 😀 Hassan",
            Reference = "**fet** ${name} مرحبا\tflik\r\nny rad",
        });

        var text = Words(pdf);
        Assert.Contains("Amira ? Hassan har under perioden", text, StringComparison.Ordinal);
        Assert.Contains("**fet** ${name} ????? flik ny rad", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_draft_gives_the_same_text()
    {
        Assert.Equal(Words(document.RenderPdf(Amira())), Words(document.RenderPdf(Amira())));
    }

    /// <summary>All words of all pages, one space between them.</summary>
    internal static string Words(byte[] pdf)
    {
        using var read = PdfDocument.Open(pdf);
        return string.Join(' ', read.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
