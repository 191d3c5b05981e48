using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Start;

public static class StartServiceCollectionExtensions
{
    /// <summary>The start checklist and first-day reminders.</summary>
    public static IServiceCollection AddStartChecklist(this IServiceCollection services)
    {
        services.AddScoped<IPlacementEvents, StartChecklistEvents>();
        services.AddKeyedScoped<IOutboxPayloadRenderer, StartChecklistRenderer>(StartChecklistStages.OutboxKind);
        services.AddScoped<ICardAction, StartArrived>();
        services.AddScoped<ICardAction, StartCannotCome>();
        services.AddScoped<IMessageFeature, CannotComeReason>();
        return services;
    }
}
