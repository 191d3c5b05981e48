using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TraineeBot.TurnBench;

/// <summary>Arrivals of the bot's activities in one conversation, as the connector saw them.</summary>
public sealed class Arrivals : IDisposable
{
    private readonly SemaphoreSlim signal = new(0);
    private int count;
    private long last;

    public int Count => Volatile.Read(ref count);

    /// <summary>Stopwatch timestamp of the latest arrival.</summary>
    public long Last => Interlocked.Read(ref last);

    public void Record(long timestamp)
    {
        Interlocked.Exchange(ref last, timestamp);
        Interlocked.Increment(ref count);
        signal.Release();
    }

    /// <summary>Waits until at least <paramref name="expected"/> activities have arrived; false on timeout.</summary>
    public async Task<bool> WaitForAsync(int expected, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Count < expected)
        {
            var left = deadline - Stopwatch.GetTimestamp();
            if (left <= 0 || !await signal.WaitAsync(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency)))
            {
                return Count >= expected;
            }
        }

        return true;
    }

    public void Dispose() => signal.Dispose();
}

/// <summary>
/// A minimal Bot Connector on loopback: accepts POST /v3/conversations/{id}/activities[/{replyTo}], records the
/// arrival time per conversation and answers 200 <c>{"id":"..."}</c>; answers member lookups with a Teams-shaped member. Anything else is answered 200 <c>{}</c> and counted.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Arrivals> conversations = new(StringComparer.Ordinal);
    private long ids;
    private readonly ConcurrentDictionary<string, byte> otherShapes = new(StringComparer.Ordinal);
    private int other;
    private int members;

    private ConnectorStub(WebApplication app) => this.app = app;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Requests that were not an activity post (token, members, updates…).</summary>
    public int Other => Volatile.Read(ref other);

    /// <summary>Member lookups (GET /v3/conversations/{id}/members/{member}), answered with a Teams-shaped member.</summary>
    public int Members => Volatile.Read(ref members);

    /// <summary>The method and path shapes of those requests (the conversation id replaced by {id}).</summary>
    public IEnumerable<string> OtherShapes => otherShapes.Keys;

    public Arrivals For(string conversationId) => conversations.GetOrAdd(conversationId, _ => new Arrivals());

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ConnectorStub(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Stopwatch.GetTimestamp();
        // Drain the body (a real connector reads it all before answering).
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var segments = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        context.Response.ContentType = "application/json";
        if (HttpMethods.IsPost(context.Request.Method) && segments.Length is 4 or 5
            && segments[0] == "v3" && segments[1] == "conversations" && segments[3] == "activities")
        {
            For(Uri.UnescapeDataString(segments[2])).Record(now);
            await context.Response.WriteAsync($"{{\"id\":\"r{Interlocked.Increment(ref ids)}\"}}", context.RequestAborted);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && segments.Length == 5 && segments[0] == "v3" && segments[3] == "members")
        {
            // The bot asks who an unknown user is (RegisteredPersonRecognition): a Teams-shaped member with an e-mail no one registered.
            Interlocked.Increment(ref members);
            var member = Uri.UnescapeDataString(segments[4]);
            var mail = $"bench-{member.Replace(":", string.Empty, StringComparison.Ordinal)}@example.com";
            await context.Response.WriteAsync(
                $"{{\"id\":\"{member}\",\"name\":\"Bench User\",\"email\":\"{mail}\",\"userPrincipalName\":\"{mail}\",\"tenantId\":\"{Testing.TeamsUser.TenantId}\"}}",
                context.RequestAborted);
            return;
        }

        Interlocked.Increment(ref other);
        otherShapes.TryAdd($"{context.Request.Method} /{string.Join('/', segments.Select((x, i) => i == 2 ? "{id}" : x))}", 0);
        await context.Response.WriteAsync("{}", context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var arrivals in conversations.Values)
        {
            arrivals.Dispose();
        }
    }
}
