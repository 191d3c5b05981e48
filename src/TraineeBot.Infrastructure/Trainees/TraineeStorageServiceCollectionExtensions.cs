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
        services.AddScoped<Core.Programme.IConsents, Consents.EfConsents>()
            .AddScoped<Core.Trainees.Plan.ITraineeFacts, Plan.EfTraineeFacts>();

    // The interest inventory's profiles (the end action save-interest-profile stores them).
    private static IServiceCollection AddInterestInventoryStorage(this IServiceCollection services) =>
        services.AddScoped<Core.Trainees.Intake.IInterestProfiles, Intake.EfInterestProfiles>();

    private static IServiceCollection AddCheckInStorage(this IServiceCollection services) =>
        services.AddScoped<Core.Trainees.CheckIns.ICheckInStore, CheckIns.EfCheckInStore>();

    // Help requests and questions: the case conversation (EfHelpCases) and the escalation loop after one working hour.
    private static IServiceCollection AddHelpRequestStorage(this IServiceCollection services)
    {
        services.AddOptions<Help.HelpOptions>().BindConfiguration(Help.HelpOptions.SectionName);
        services.AddScoped<Help.EfHelpCases>();
        services.AddScoped<Core.Trainees.Help.IHelpCases>(sp => sp.GetRequiredService<Help.EfHelpCases>());
        services.AddScoped<Help.CaseEscalation>();
        services.AddHostedService<Help.CaseEscalationService>();
        return services;
    }

    private static IServiceCollection AddStartChecklistStorage(this IServiceCollection services) =>
        services.AddScoped<Core.Trainees.Start.IStartChecklistStore, Start.EfStartChecklistStore>();
}
