using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Trainees.Plan;

namespace TraineeBot.Core.Trainees.Consent;

public static class ConsentServiceCollectionExtensions
{
    /// <summary>Welcome and consent, the trainee's plan, and the answers to messages the bot cannot read.</summary>
    public static IServiceCollection AddConsent(this IServiceCollection services) => services
        .AddScoped<ConsentFlow>()
        .AddScoped<ITraineeWelcome, TraineeWelcome>()
        .AddScoped<IMessageFeature, ConsentGate>()
        .AddScoped<IMessageFeature, LongMessageNotice>()
        .AddScoped<IMessageFeature, OddMessages>()
        .AddScoped<IMessageFeature, MyPlan>()
        .AddScoped<ICardAction, GiveConsentAction>()
        .AddScoped<ICardAction, RefuseConsentAction>();
}
