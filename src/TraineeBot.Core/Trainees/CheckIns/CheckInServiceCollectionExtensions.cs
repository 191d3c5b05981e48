using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Outbox;

namespace TraineeBot.Core.Trainees.CheckIns;

public static class CheckInServiceCollectionExtensions
{
    /// <summary>Check-ins, red flags, follow-ups after the period.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddScoped<IProactiveDialog, CheckInDialogs>();
        services.AddScoped<IWaitingDialogs, WaitingCheckIns>();
        services.AddDialogEndAction<CheckInAnswered>(CheckInAnswered.ActionName);
        services.AddDialogEndAction<AfterProgrammeAnswered>(AfterProgrammeAnswered.ActionName);
        services.AddScoped<ICardAction, CheckInContinue>();
        services.AddKeyedScoped<IOutboxPayloadRenderer, CheckInReminderRenderer>(CheckInOutboxKinds.Reminder);
        services.AddKeyedScoped<IOutboxPayloadRenderer, CheckInAlertRenderer>(CheckInOutboxKinds.Alert);
        return services;
    }
}
