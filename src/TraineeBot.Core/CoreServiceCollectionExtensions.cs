using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The bot itself: the protocol layer with <see cref="TurnRouter"/> handling turns, and the card templates.</summary>
    public static IServiceCollection AddTraineeBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework<TurnRouter>(configuration);
        services.AddCards(configuration);
        services.TryAddScoped<IHelpRequestHandler, DirectToPeopleHelpRequestHandler>();
        return services;
    }
}
