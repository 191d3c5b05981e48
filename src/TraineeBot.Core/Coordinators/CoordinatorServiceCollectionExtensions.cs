using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Coordinators.Status;

namespace TraineeBot.Core.Coordinators;

public static class CoordinatorServiceCollectionExtensions
{
    /// <summary>The coordinator's side: caseloads, status by message and drill-down cards.</summary>
    public static IServiceCollection AddCoordinators(this IServiceCollection services)
    {
        services.AddOptions<CoordinatorAccessOptions>().BindConfiguration(CoordinatorAccessOptions.Section);
        services.AddScoped<CoordinatorCaseloads>();
        services.AddScoped<StatusCards>();
        services.AddScoped<TraineeStatusView>();
        services.AddScoped<OutcomeReportCard>();
        services.AddScoped<ICardAction, TraineeStatusAction>();
        services.AddScoped<ICardAction, HandOverAction>();
        services.AddScoped<Roles.CoordinatorRoster>();
        services.AddScoped<IMessageFeature, Roles.AddCoordinatorFeature>();
        services.AddScoped<IMessageFeature, Registration.CsvImportFeature>();
        services.AddSingleton<Registration.RegistrationForm>();
        services.AddSingleton<Dialogs.IFormDefinitions>(sp => sp.GetRequiredService<Registration.RegistrationForm>());
        services.AddScoped<Registration.RegistrationCards>();
        services.AddScoped<IMessageFeature, Registration.RegistrationFeature>();
        services.AddScoped<ICardAction, Registration.RegistrationSubmitAction>();
        services.AddScoped<ICardAction, Registration.RegistrationNewAction>();
        services.AddScoped<IMessageFeature, CoordinatorQuestionsFeature>();
        services.AddScoped<IMessageFeature, CoordinatorExamplesFeature>();
        Renewals.RenewalServiceCollectionExtensions.AddRenewals(services);
        services.AddCoordinatorAlerts();
        Matching.MatchingServiceCollectionExtensions.AddMatching(services);
        return services;
    }
}
