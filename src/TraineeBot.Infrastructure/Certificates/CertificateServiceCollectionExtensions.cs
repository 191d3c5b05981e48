using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Supervisors.Certificates;

namespace TraineeBot.Infrastructure.Certificates;

public static class CertificateServiceCollectionExtensions
{
    /// <summary>
    /// Certificates: the options (<c>Certificates</c>), the PDF document, and the <c>certificate</c> download source
    /// (keyed by its kind, and as an <see cref="IDownloadSource"/>). <see cref="ICertificateDrafts"/> is registered by
    /// the supervisors' storage; the source asks for it only when a link is opened.
    /// </summary>
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateOptions>().Bind(configuration.GetSection(CertificateOptions.Section));
        services.TryAddSingleton<ICertificateDocument, PdfCertificateDocument>();
        services.AddKeyedScoped<IDownloadSource>(CertificateDownloads.KindName, static (sp, _) => new CertificateDownloads(
            sp.GetRequiredService<ICertificateDrafts>(), sp.GetRequiredService<ICertificateDocument>()));
        services.AddScoped(static sp => sp.GetRequiredKeyedService<IDownloadSource>(CertificateDownloads.KindName));
        return services;
    }
}
