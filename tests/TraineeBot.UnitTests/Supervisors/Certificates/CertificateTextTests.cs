using TraineeBot.Core.Supervisors.Certificates;
using TraineeBot.Testing.Programme;

namespace TraineeBot.UnitTests.Supervisors.Certificates;

public sealed class CertificateTextTests
{
    internal static CertificateDraft Amira() => SampleCertificates.Amira();

    [Fact]
    public void The_title_is_Intyg() => Assert.Equal("Intyg", CertificateText.Title(Amira()));

    [Fact]
    public void A_full_draft_reads_as_a_formal_Swedish_certificate()
    {
        Assert.Equal(
            [
                "Amira Hassan har under perioden 7 januari–30 juni 2026 haft en traineeplats som barnskötare på Förskolan Solen " +
                "(Förskoleförvaltningen) inom Traineeprogrammet i Botkyrka kommun. Arbetstiden har varit 37,5 timmar i veckan.",
                "Arbetsuppgifter: Omsorg om barnen, måltider och utevistelse.",
                "Kunskaper och förmågor: Punktlig, lugn och bra på att samarbeta.",
                "Handledarens omdöme: Amira har varit en tillgång för arbetslaget.",
                "Ytterligare upplysningar lämnas av handledaren Maria Berg, telefon 070-123 45 67, e-post maria.berg@example.se.",
                "Botkyrka den 30 juni 2026",
                $"{CertificateText.SignatureLine}\nMaria Berg\nHandledare på Förskolan Solen",
                $"{CertificateText.SignatureLine}\nKarin Lind\nTraineehandledare, Botkyrka kommun",
            ],
            CertificateText.Paragraphs(Amira()));
    }

    [Fact]
    public void Without_the_optional_fields_nothing_is_left_dangling()
    {
        var draft = Amira() with
        {
            Organisation = null, Role = " ", HoursPerWeek = null, Reference = null, SupervisorPhone = null, SupervisorEmail = "",
        };

        var paragraphs = CertificateText.Paragraphs(draft);

        Assert.Equal(
            "Amira Hassan har under perioden 7 januari–30 juni 2026 haft en traineeplats på Förskolan Solen inom " +
            "Traineeprogrammet i Botkyrka kommun.",
            paragraphs[0]);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Handledarens omdöme", StringComparison.Ordinal));
        Assert.Contains("Ytterligare upplysningar lämnas av handledaren Maria Berg.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("timmar", StringComparison.Ordinal) || p.Contains("()", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_given_contact_detail_is_named()
    {
        Assert.Contains("Ytterligare upplysningar lämnas av handledaren Maria Berg, e-post maria.berg@example.se.",
            CertificateText.Body(Amira() with { SupervisorPhone = null }));
        Assert.Contains("Ytterligare upplysningar lämnas av handledaren Maria Berg, telefon 070-123 45 67.",
            CertificateText.Body(Amira() with { SupervisorEmail = null }));
    }

    [Fact]
    public void An_organisation_that_is_the_workplace_is_not_repeated()
    {
        var first = CertificateText.Body(Amira() with { Organisation = "förskolan solen" })[0];

        Assert.Contains("på Förskolan Solen inom", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 1, 7, 2026, 6, 30, "7 januari–30 juni 2026")]
    [InlineData(2025, 12, 1, 2026, 5, 31, "1 december 2025–31 maj 2026")]
    [InlineData(2026, 3, 2, 2026, 3, 31, "2 mars–31 mars 2026")]
    public void Periods_are_written_in_Swedish(int y1, int m1, int d1, int y2, int m2, int d2, string expected) =>
        Assert.Equal(expected, CertificateText.Period(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)));

    [Fact]
    public void Every_month_has_its_Swedish_name()
    {
        var names = Enumerable.Range(1, 12).Select(m => CertificateText.Date(new DateOnly(2026, m, 1)).Split(' ')[1]);

        Assert.Equal(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"], names);
    }

    [Theory]
    [InlineData("37.5", "37,5 timmar i veckan")]
    [InlineData("40", "40 timmar i veckan")]
    [InlineData("40.00", "40 timmar i veckan")]
    [InlineData("20.25", "20,25 timmar i veckan")]
    [InlineData("12.345", "12,35 timmar i veckan")]
    [InlineData("1", "1 timme i veckan")]
    public void Hours_use_a_decimal_comma(string hours, string expected) =>
        Assert.Equal(expected, CertificateText.HoursPerWeek(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Zero_hours_are_not_written() =>
        Assert.DoesNotContain("timmar", CertificateText.Body(Amira() with { HoursPerWeek = 0m })[0], StringComparison.Ordinal);

    [Fact]
    public void The_place_is_the_municipality_without_kommun()
    {
        Assert.Equal("Stockholms stad den 1 juli 2026",
            CertificateText.PlaceAndDate(Amira() with { Municipality = "Stockholms stad", IssuedOn = new DateOnly(2026, 7, 1) }));
        Assert.Equal("Botkyrka den 30 juni 2026", CertificateText.PlaceAndDate(Amira()));
    }

    [Theory]
    [InlineData("**fet** _kursiv_ [länk](http://x) # rubrik")]
    [InlineData("${name} {0} {{x}} %s @mention")]
    [InlineData("<b>html</b> &amp; \\n")]
    [InlineData("مرحبا עברית \u200F mixed")]
    public void Free_text_is_kept_literally(string text)
    {
        var draft = Amira() with { TasksPerformed = text, SkillsShown = text, Reference = $"  {text}  ", TraineeName = text };

        var paragraphs = CertificateText.Paragraphs(draft);

        Assert.Equal($"Arbetsuppgifter: {text}", paragraphs[1]);
        Assert.Equal($"Kunskaper och förmågor: {text}", paragraphs[2]);
        Assert.Equal($"Handledarens omdöme: {text}", paragraphs[3]);
        Assert.StartsWith($"{text} har under perioden", paragraphs[0], StringComparison.Ordinal);
    }
}
