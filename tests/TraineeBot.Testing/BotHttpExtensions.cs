using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Testing;

public static class BotHttpExtensions
{
    /// <summary>Posts an activity to <c>/api/messages</c> as the Bot Connector does.</summary>
    public static async Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, Activity activity, string? bearerToken = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string? contentType = "application/json",
        CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return client.PostAsync("/api/messages", content, cancellationToken);
    }
}

public static class TraineeBotFactoryExtensions
{
    /// <summary>The user installs the app (and is welcomed); the connector's record is then cleared.</summary>
    public static async Task<TeamsUser> InstalledAsync(this TraineeBotFactory bot, TeamsUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var response = await bot.CreateClient().PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: cancellationToken);
        if (!response.IsSuccessStatusCode || bot.Connector.Sent.Count == 0)
        {
            throw new InvalidOperationException($"Installing for {user.Name} failed: {(int)response.StatusCode}, {bot.Connector.Sent.Count} sent.");
        }

        bot.Connector.Clear();
        return user;
    }
}
