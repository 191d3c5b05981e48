using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TraineeBot.TurnBench;

/// <summary>
/// The floor: a minimal ASP.NET Core endpoint that parses the activity JSON and posts one reply activity to the
/// connector's serviceUrl, nothing else (no auth, no state, no storage). Runs as its own process
/// (<c>TraineeBot.TurnBench serve-bare PORT</c>), so its RSS and CPU are measured like the bot's.
/// </summary>
public static class BareBot
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });

    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "bare");
        app.MapPost("/api/messages", HandleAsync);
        await app.RunAsync();
        return 0;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = activity.RootElement;
        var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
        var conversation = root.GetProperty("conversation");
        var conversationId = conversation.GetProperty("id").GetString()!;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;

        using var body = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            writer.WriteString("text", "ok");
            writer.WritePropertyName("from");
            root.GetProperty("recipient").WriteTo(writer);
            writer.WritePropertyName("recipient");
            root.GetProperty("from").WriteTo(writer);
            writer.WritePropertyName("conversation");
            conversation.WriteTo(writer);
            if (id is not null)
            {
                writer.WriteString("replyToId", id);
            }

            writer.WriteEndObject();
        }

        var url = new StringBuilder(serviceUrl.TrimEnd('/')).Append("/v3/conversations/").Append(Uri.EscapeDataString(conversationId)).Append("/activities");
        if (id is not null)
        {
            url.Append('/').Append(Uri.EscapeDataString(id));
        }

        using var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Client.PostAsync(new Uri(url.ToString()), content, context.RequestAborted);
        context.Response.StatusCode = response.IsSuccessStatusCode ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
    }
}
