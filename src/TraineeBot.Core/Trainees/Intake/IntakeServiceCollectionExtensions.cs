using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Core.Trainees.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The interest inventory and suggested work areas.</summary>
    public static IServiceCollection AddInterestInventory(this IServiceCollection services) => services;
}
