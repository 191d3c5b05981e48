using TraineeBot.Core.Supervisors.Certificates;

namespace TraineeBot.UnitTests.Supervisors.Certificates;

public sealed class CertificateDownloadsTests
{
    [Theory]
    [InlineData("Amira Hassan", "amira-hassan")]
    [InlineData("Åsa Öberg-Ängström", "asa-oberg-angstrom")]
    [InlineData("  José  Müller ", "jose-muller")]
    [InlineData("Søren Łukasz Straße", "soren-lukasz-strasse")]
    [InlineData("O'Brien, Ann-Marie", "o-brien-ann-marie")]
    [InlineData("مرحبا", "")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void Names_become_ASCII_slugs(string name, string expected) =>
        Assert.Equal(expected, CertificateDownloads.Slug(name));

    [Fact]
    public void A_long_name_is_cut()
    {
        var slug = CertificateDownloads.Slug(string.Join(' ', Enumerable.Repeat("Abcdefghij", 20)));

        Assert.True(slug.Length <= 60, slug);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void The_file_is_named_after_the_trainee_and_the_last_day()
    {
        Assert.Equal("intyg-amira-hassan-2026-06-30.pdf", CertificateDownloads.FileName(CertificateTextTests.Amira()));
        Assert.Equal("intyg-2026-06-30.pdf", CertificateDownloads.FileName(CertificateTextTests.Amira() with { TraineeName = "عمر" }));
    }

    [Fact]
    public async Task A_draft_is_rendered_as_a_PDF_for_the_asker()
    {
        var drafts = new FakeDrafts(CertificateTextTests.Amira());
        var source = new CertificateDownloads(drafts, new FakeDocument());
        var input = Guid.NewGuid();
        var coordinator = Guid.NewGuid();

        var file = await source.OpenAsync(input, coordinator, TestContext.Current.CancellationToken);

        Assert.NotNull(file);
        Assert.Equal("certificate", source.Kind);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("intyg-amira-hassan-2026-06-30.pdf", file.FileName);
        Assert.Equal("PDF of Amira Hassan"u8.ToArray(), file.Content);
        Assert.Equal((input, coordinator), drafts.AskedFor);
    }

    [Fact]
    public async Task No_draft_means_no_file()
    {
        var source = new CertificateDownloads(new FakeDrafts(null), new FakeDocument());

        Assert.Null(await source.OpenAsync(Guid.NewGuid(), Guid.NewGuid(), TestContext.Current.CancellationToken));
    }

    private sealed class FakeDrafts(CertificateDraft? draft) : ICertificateDrafts
    {
        public (Guid, Guid)? AskedFor { get; private set; }

        public Task<CertificateDraft?> DraftAsync(Guid checkInId, Guid askingUserId, CancellationToken cancellationToken)
        {
            AskedFor = (checkInId, askingUserId);
            return Task.FromResult(draft);
        }
    }

    private sealed class FakeDocument : ICertificateDocument
    {
        public byte[] RenderPdf(CertificateDraft draft) => System.Text.Encoding.UTF8.GetBytes($"PDF of {draft.TraineeName}");
    }
}
