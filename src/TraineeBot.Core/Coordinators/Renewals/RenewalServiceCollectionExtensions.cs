using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Renewals;

public static class RenewalServiceCollectionExtensions
{
    /// <summary>The renewal decision: the scheduled card to the coordinator, its buttons, and the schedule per placement.</summary>
    public static IServiceCollection AddRenewals(this IServiceCollection services)
    {
        services.AddScoped<RenewalCards>();
        services.AddScoped<IProactiveCard, RenewalDecisionCard>();
        services.AddScoped<IPlacementEvents, RenewalSchedulesOnPlacement>();
        services.AddScoped<ICardAction, RenewAction>();
        services.AddScoped<ICardAction, WagePhaseAction>();
        services.AddScoped<ICardAction, EndAction>();
        services.AddScoped<ICardAction, InterruptAction>();
        services.AddScoped<ICardAction, OpenRenewalAction>();
        return services;
    }
}
