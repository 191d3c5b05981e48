using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Infrastructure.Trainees;

/// <summary>
/// The trainee features' storage, one method per feature (each feature's owner edits only their own), called from
/// <see cref="StorageServiceCollectionExtensions.AddStorage"/>.
/// </summary>
internal static class TraineeStorageServiceCollectionExtensions
{
    public static IServiceCollection AddTraineeStorage(this IServiceCollection services) => services
        .AddConsentStorage()
        .AddInterestInventoryStorage()
        .AddCheckInStorage()
        .AddHelpRequestStorage()
        .AddStartChecklistStorage();

    // Consent (EfConsents is registered here) and the trainee's plan.
    private static IServiceCollection AddConsentStorage(this IServiceCollection services) =>
        services.AddScoped<Core.Programme.IConsents, Consents.EfConsents>();

    private static IServiceCollection AddInterestInventoryStorage(this IServiceCollection services) => services;

    private static IServiceCollection AddCheckInStorage(this IServiceCollection services) =>
        services.AddScoped<Core.Trainees.CheckIns.ICheckInStore, CheckIns.EfCheckInStore>();

    private static IServiceCollection AddHelpRequestStorage(this IServiceCollection services) => services;

    private static IServiceCollection AddStartChecklistStorage(this IServiceCollection services) =>
        services.AddScoped<Core.Trainees.Start.IStartChecklistStore, Start.EfStartChecklistStore>();
}
