using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TraineeBot.Cards;

public static class CardServiceCollectionExtensions
{
    public static IServiceCollection AddCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CardOptions>().Bind(configuration.GetSection(CardOptions.SectionName));
        services.AddSingleton<CardTemplateStore>();
        services.AddSingleton<ICardRenderer>(sp => sp.GetRequiredService<CardTemplateStore>());
        return services;
    }
}
