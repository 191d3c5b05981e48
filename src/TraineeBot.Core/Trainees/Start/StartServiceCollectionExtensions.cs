using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Core.Trainees.Start;

public static class StartServiceCollectionExtensions
{
    /// <summary>The start checklist and first-day reminders.</summary>
    public static IServiceCollection AddStartChecklist(this IServiceCollection services) => services;
}
