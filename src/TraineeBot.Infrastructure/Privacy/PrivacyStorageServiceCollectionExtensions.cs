using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Privacy.Retention;
using TraineeBot.Infrastructure.Privacy.Retention;

namespace TraineeBot.Infrastructure.Privacy;

internal static class PrivacyStorageServiceCollectionExtensions
{
    /// <summary>The audit log, its queries, the retention rules and the daily retention job.</summary>
    public static IServiceCollection AddPrivacyStorage(this IServiceCollection services)
    {
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddScoped<Core.Privacy.Access.IAccessFacts, EfAccessFacts>();
        services.AddScoped<IAuditQueries, EfAuditQueries>();
        services.AddScoped<IRetention, EfRetention>();
        services.AddSingleton<RetentionRunner>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
