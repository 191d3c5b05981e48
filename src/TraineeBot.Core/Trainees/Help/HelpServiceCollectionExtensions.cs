using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Core.Trainees.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>Help requests relayed to the coordinator, questions and the FAQ.</summary>
    public static IServiceCollection AddHelpRequests(this IServiceCollection services) => services;
}
