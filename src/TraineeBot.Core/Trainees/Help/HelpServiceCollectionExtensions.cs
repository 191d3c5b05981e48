using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Trainees.Help.Faq;

namespace TraineeBot.Core.Trainees.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>Help requests relayed to the coordinator, questions and the FAQ.</summary>
    public static IServiceCollection AddHelpRequests(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<IHelpRequestHandler, HelpRequestHandler>());
        services.AddScoped<HelpConversation>();
        services.AddScoped<IMessageFeature, PendingHelpQuestionFeature>();
        services.AddScoped<IMessageFeature, OpenCaseRelayFeature>();
        services.AddScoped<IMessageFeature, QuestionFeature>();
        services.AddScoped<ICardAction, CaseReplyAction>();
        services.AddScoped<ICardAction, CaseResolveAction>();
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.SectionName);
        services.AddSingleton(sp => FaqCatalog.Load(sp.GetRequiredService<IOptions<FaqOptions>>().Value.ResolvedPath));
        services.AddHostedService<FaqCheck>();
        return services;
    }
}
