using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Infrastructure.Conversations;

internal static class ChatFileServiceCollectionExtensions
{
    /// <summary>Reading files sent in the chat (<see cref="HttpChatFiles"/>): its own HTTP client, which follows no redirects.</summary>
    public static IServiceCollection AddChatFiles(this IServiceCollection services)
    {
        services.AddOptions<ChatFileOptions>().BindConfiguration(ChatFileOptions.Section);
        services.AddHttpClient(HttpChatFiles.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        services.AddScoped<IChatFiles, HttpChatFiles>();
        return services;
    }
}
