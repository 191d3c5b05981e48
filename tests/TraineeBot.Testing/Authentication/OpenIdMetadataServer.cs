using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TraineeBot.Testing.Authentication;

/// <summary>
/// A real Kestrel server on http://127.0.0.1:{random port} serving OpenID metadata and JWKS documents for the Bot
/// Framework issuer and for Entra (any tenant), counting requests, with keys that can be swapped to simulate rotation.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _entraTenants = [];

    private OpenIdMetadataServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public PublishedKeys BotFramework { get; } = new();
    public PublishedKeys Entra { get; } = new();

    public Uri BotFrameworkMetadataUrl => new(BaseAddress, "botframework/v1/.well-known/openidconfiguration");
    public string EntraMetadataUrlTemplate => $"{BaseAddress}{{tenant}}/v2.0/.well-known/openid-configuration";

    /// <summary>The tenants whose Entra metadata was requested, in order.</summary>
    public IReadOnlyList<string> EntraTenantsRequested
    {
        get
        {
            lock (_entraTenants)
            {
                return [.. _entraTenants];
            }
        }
    }

    public static async Task<OpenIdMetadataServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        OpenIdMetadataServer? server = null;
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", (HttpRequest request) =>
            server!.BotFramework.Metadata("https://api.botframework.com", JwksUri(request, "botframework/v1/keys")));
        app.MapGet("/botframework/v1/keys", () => server!.BotFramework.Keys());
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpRequest request) =>
        {
            server!.RecordEntraTenant(tenant);
            return server.Entra.Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", JwksUri(request, "entra/keys"));
        });
        app.MapGet("/entra/keys", () => server!.Entra.Keys());

        await app.StartAsync(cancellationToken);
        server = new OpenIdMetadataServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string JwksUri(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}/{path}";

    private void RecordEntraTenant(string tenant)
    {
        lock (_entraTenants)
        {
            _entraTenants.Add(tenant);
        }
    }
}
