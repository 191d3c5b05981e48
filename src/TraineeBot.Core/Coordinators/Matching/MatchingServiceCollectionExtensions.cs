using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Coordinators.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>Matching open placements with trainees: the messages, the cards and their buttons (storage: <see cref="IOpenings"/>).</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddScoped<MatchingCards>();
        services.AddScoped<IMessageFeature, MatchingFeature>();
        services.AddScoped<ICardAction, SuggestTraineesAction>();
        services.AddScoped<ICardAction, WithdrawOpeningAction>();
        services.AddScoped<Programme.IPlacementEvents, OpeningFilledOnPlacement>();
        return services;
    }
}
