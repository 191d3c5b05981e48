using TraineeBot.Core.Privacy.DataRights;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Cards;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Outbox;
using TraineeBot.Dialogs;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Supervisors;
using TraineeBot.Core.Trainees.CheckIns;
using TraineeBot.Core.Trainees.Consent;
using TraineeBot.Core.Trainees.Help;
using TraineeBot.Core.Trainees.Intake;
using TraineeBot.Core.Trainees.Start;

namespace TraineeBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The bot itself: the protocol layer with <see cref="TurnRouter"/> handling turns, and the card templates.</summary>
    public static IServiceCollection AddTraineeBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework<TurnRouter>(configuration);
        services.AddScoped<Users.RegisteredPersonRecognition>();
        services.AddScoped<Privacy.Access.IAccessPolicy, Privacy.Access.AccessPolicy>();
        services.AddScoped<Privacy.Access.OwnJourney>();
        services.AddCards(configuration);
        services.TryAddScoped<IHelpRequestHandler, DirectToPeopleHelpRequestHandler>();

        services.AddOptions<DialogOptions>().Bind(configuration.GetSection(DialogOptions.SectionName));
        services.AddDialogEndAction<ThankUser>(ThankUser.ActionName);
        services.AddSingleton(sp => DialogCatalog.Load(
            sp.GetRequiredService<IOptions<DialogOptions>>().Value.ResolvedPath,
            sp.GetServices<DialogEndActionName>().Select(a => a.Name).ToHashSet(StringComparer.Ordinal)));
        services.AddSingleton<DialogEngine>();
        services.AddScoped<DialogConversation>();
        services.AddHostedService<DialogCatalogCheck>();
        services.AddHostedService<FormDefinitionCheck>();
        services.AddProactiveMessaging(configuration);
        services.AddConsent();
        services.AddInterestInventory();
        services.AddCheckIns();
        services.AddHelpRequests();
        services.AddDataRights();
        services.AddStartChecklist();
        services.AddSupervisors();
        services.AddCoordinators();
        Privacy.Audit.PrivacyServiceCollectionExtensions.AddPrivacy(services);
        return services;
    }
}
