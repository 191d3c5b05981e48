using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Core.Trainees.CheckIns;

public static class CheckInServiceCollectionExtensions
{
    /// <summary>Check-ins, red flags, follow-ups after the period.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services) => services;
}
