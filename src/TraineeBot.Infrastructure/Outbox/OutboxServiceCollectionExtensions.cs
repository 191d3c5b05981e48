using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.BotFramework.Connector.RateLimiting;
using TraineeBot.Core.Directory;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Scheduling;

namespace TraineeBot.Infrastructure.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The durable side of proactive messaging: the outbox in SQLite, its sender within Teams' rate limits, the
    /// scheduler, the delivery log, and the background services that run them (unless <c>Outbox:Enabled</c> is false).
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTeamsRateLimits(configuration);
        services.TryAddSingleton<IOutboxFaults, NoOutboxFaults>();
        // Without Graph (AddGraph registers it first when configured) a user is reachable once they installed the app.
        services.TryAddSingleton<ITeamsAppInstaller>(NotConfiguredDirectory.Instance);
        services.TryAddSingleton<IUserDirectory>(NotConfiguredDirectory.Instance);
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<IDeliveryLog, EfDeliveryLog>();
        services.AddKeyedScoped<IOutboxPayloadRenderer, DeliveryNoticeRenderer>(OutboxKinds.DeliveryNotice);
        services.AddScoped<ISchedules, EfSchedules>();
        services.AddSingleton<RecipientResolver>();
        services.AddSingleton<DeliveryNotices>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<SchedulePlanning>();
        services.AddSingleton<ScheduleRunner>();
        services.AddHostedService<OutboxSenderService>();
        services.AddHostedService<SchedulerService>();
        return services;
    }
}
