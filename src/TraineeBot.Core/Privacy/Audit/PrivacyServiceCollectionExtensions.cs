using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Retention;

namespace TraineeBot.Core.Privacy.Audit;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>"logg för Amira" (the audit log card) and "gallring" (the retention dry run, administrators), with the retention settings.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddScoped<AuditLogCards>();
        services.AddScoped<AuditLogAccess>();
        services.AddScoped<AuditLogReader>();
        services.AddScoped<IMessageFeature, AuditLogFeature>();
        services.AddScoped<ICardAction, AuditLogAction>();
        services.AddScoped<RetentionCards>();
        services.AddScoped<IMessageFeature, RetentionFeature>();
        return services;
    }
}
