using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TraineeBot.Testing;

/// <summary>
/// A real HTTP server on loopback in front of a connector stand-in (a <see cref="FakeConnector"/>, possibly wrapped in a
/// Teams-limits enforcer), for a bot running as a separate process. Counts requests in flight, so a test that kills
/// the bot knows how many sends it interrupted.
/// </summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpMessageInvoker invoker;
    private int inFlight;

    private ConnectorServer(WebApplication app, HttpMessageHandler handler)
    {
        this.app = app;
        invoker = new HttpMessageInvoker(handler, disposeHandler: false);
    }

    /// <summary>The serviceUrl to store in conversation references (ends with a slash).</summary>
    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    public int InFlight => Volatile.Read(ref inFlight);

    public static async Task<ConnectorServer> StartAsync(HttpMessageHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ConnectorServer(app, handler);
        app.Run(server.ForwardAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        Interlocked.Increment(ref inFlight);
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
                new Uri(ServiceUrl, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString));
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            request.Content = new ByteArrayContent(body.ToArray());
            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }

            if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await invoker.SendAsync(request, CancellationToken.None);
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Headers.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString();
            }

            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        invoker.Dispose();
    }
}
