using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.Certificates;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.Core.Supervisors.Flags;
using TraineeBot.Core.Supervisors.Introduction;

namespace TraineeBot.Core.Supervisors;

public static class SupervisorServiceCollectionExtensions
{
    /// <summary>The supervisor's side: introduction, check-in and certificate cards, reminders, red flags to the coordinator.</summary>
    public static IServiceCollection AddSupervisors(this IServiceCollection services)
    {
        services.AddSingleton<SupervisorForms>();
        services.AddSingleton<Core.Dialogs.IFormDefinitions>(sp => sp.GetRequiredService<SupervisorForms>());
        services.AddScoped<SupervisorCardViews>();
        services.AddScoped<SupervisorCardGuard>();
        services.AddScoped<SupervisorAnswers>();
        services.AddScoped<SupervisorFlagCards>();
        services.AddScoped<CertificateDraftCards>();
        services.AddScoped<ICertificateDrafts, SupervisorCertificateDrafts>();
        services.AddScoped<IProactiveCard, SupervisorCheckInCards>();
        services.AddScoped<IPlacementEvents, SupervisorIntroductionQueue>();
        services.AddScoped<IProactiveCard, SupervisorIntroduction>();
        services.AddScoped<ICardAction, SupervisorSubmit>();
        services.AddScoped<ICardAction, SupervisorEdit>();
        services.AddScoped<ICardAction, SupervisorRefresh>();
        services.AddScoped<ICardAction, SupervisorLater>();
        services.AddScoped<ICardAction, SupervisorFlagCallPlanned>();
        services.AddScoped<ICardAction, SupervisorFlagHandled>();
        services.AddKeyedScoped<IOutboxPayloadRenderer, SupervisorReminderRenderer>(SupervisorOutboxKinds.Reminder);
        return services;
    }
}
