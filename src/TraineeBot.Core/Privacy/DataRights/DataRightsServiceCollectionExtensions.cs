using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Downloads;

namespace TraineeBot.Core.Privacy.DataRights;

public static class DataRightsServiceCollectionExtensions
{
    /// <summary>
    /// The trainee's data rights by message (export links, the erasure card and its buttons, consent withdrawal) and the
    /// export downloads <c>data-export-json</c> / <c>data-export-html</c>. Needs <see cref="ITraineeDataExport"/> and
    /// <see cref="ITraineeErasure"/> from the storage.
    /// </summary>
    public static IServiceCollection AddDataRights(this IServiceCollection services)
    {
        services.AddScoped<ConsentWithdrawal>();
        services.AddScoped<IMessageFeature, DataRightsFeature>();
        services.AddScoped<ICardAction, ConfirmErasureAction>();
        services.AddScoped<ICardAction, CancelErasureAction>();
        foreach (var kind in DataExportDownloads.Kinds)
        {
            services.AddKeyedScoped<IDownloadSource>(kind, static (sp, key) => new DataExportDownloads((string)key!, sp.GetRequiredService<Access.IAccessPolicy>(), sp.GetRequiredService<ITraineeDataExport>()));
            services.AddScoped(sp => sp.GetRequiredKeyedService<IDownloadSource>(kind));
        }

        return services;
    }
}
