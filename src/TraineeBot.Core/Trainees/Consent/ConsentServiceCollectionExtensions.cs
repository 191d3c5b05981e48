using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Core.Trainees.Consent;

public static class ConsentServiceCollectionExtensions
{
    /// <summary>Welcome and consent, the trainee's plan.</summary>
    public static IServiceCollection AddConsent(this IServiceCollection services) => services;
}
