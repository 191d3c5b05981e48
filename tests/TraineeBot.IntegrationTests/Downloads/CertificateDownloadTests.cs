using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Supervisors.Certificates;
using TraineeBot.IntegrationTests.Certificates;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Downloads;

/// <summary>A certificate link end to end: the link, the endpoint, the certificate source, the PDF.</summary>
public sealed class CertificateDownloadTests
{
    [Fact]
    public async Task A_certificate_link_downloads_the_trainees_PDF_for_the_coordinator_it_was_made_for()
    {
        var ct = TestContext.Current.CancellationToken;
        var input = Guid.NewGuid();
        var coordinator = Guid.NewGuid();
        var drafts = new FakeDrafts(input, coordinator, PdfCertificateDocumentTests.Amira());
        using var bot = new TraineeBotFactory().WithServices(services => services.Replace(ServiceDescriptor.Scoped<ICertificateDrafts>(_ => drafts)));
        var client = bot.CreateClient();
        var links = bot.Services.GetRequiredService<IDownloadLinks>();

        var response = await client.GetAsync(links.Create(new DownloadRequest(CertificateDownloads.KindName, input, coordinator)).PathAndQuery, ct);
        var someoneElse = await client.GetAsync(links.Create(new DownloadRequest(CertificateDownloads.KindName, input, Guid.NewGuid())).PathAndQuery, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("intyg-amira-hassan-2026-06-30.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var text = PdfCertificateDocumentTests.Words(await response.Content.ReadAsByteArrayAsync(ct));
        Assert.Contains("Amira Hassan har under perioden 7 januari–30 juni 2026", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
    }

    [Fact]
    public void The_certificate_source_is_registered_under_its_kind_and_as_a_download_source()
    {
        using var bot = new TraineeBotFactory();
        _ = bot.CreateClient();
        var services = bot.Services.GetRequiredService<IServiceProviderIsKeyedService>();

        Assert.True(services.IsKeyedService(typeof(IDownloadSource), CertificateDownloads.KindName));
        Assert.IsType<TraineeBot.Infrastructure.Certificates.PdfCertificateDocument>(bot.Services.GetRequiredService<ICertificateDocument>());
        Assert.Equal("Botkyrka kommun", bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CertificateOptions>>().Value.Municipality);
    }

    private sealed class FakeDrafts(Guid input, Guid coordinator, CertificateDraft draft) : ICertificateDrafts
    {
        public Task<CertificateDraft?> DraftAsync(Guid checkInId, Guid askingUserId, CancellationToken cancellationToken) =>
            Task.FromResult(checkInId == input && askingUserId == coordinator ? draft : null);
    }
}
