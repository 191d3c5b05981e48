using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox.Payloads;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Outbox;

public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// What the bot says first, independent of storage: outbox options and signals, the payload renderers, the working
    /// calendar, the schedule definitions from <c>schedules/*.yaml</c> and the pause command.
    /// </summary>
    public static IServiceCollection AddProactiveMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.SectionName));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ScheduleSignal>();
        // Keyed by payload kind, so delivering a message builds only the renderer it needs.
        services.AddKeyedScoped<IOutboxPayloadRenderer, TextPayloadRenderer>(OutboxKinds.Text);
        services.AddKeyedScoped<IOutboxPayloadRenderer, CardPayloadRenderer>(OutboxKinds.Card);
        services.AddKeyedScoped<IOutboxPayloadRenderer, DialogPayloadRenderer>(OutboxKinds.Dialog);
        services.AddKeyedScoped<IOutboxPayloadRenderer, ActivityPayloadRenderer>(OutboxKinds.Activity);
        services.AddSingleton(sp => new WorkingCalendar(sp.GetRequiredService<IOptions<SchedulingOptions>>().Value));
        services.AddSingleton<OccurrencePlanner>();
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.Path;
            return ScheduleCatalog.Load(Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path));
        });
        services.AddScoped<PauseConversation>();
        return services;
    }
}
