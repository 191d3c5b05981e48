using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace TraineeBot.Testing;

/// <summary>
/// Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>) run as a real Teams-like client against
/// the bot: it sends the activities, hosts the mock connector the bot replies to, and reports what the bot sent over
/// its WebSocket stream. Bound to loopback, telemetry and browser off, one user per instance.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private static readonly string[] ClearedVariablePrefixes = ["M365_AGENTS_PLAYGROUND_", "AUTH_CLIENT_", "TEAMSAPPTESTER_"];
    private static readonly string[] ProxyVariables = ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"];

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Channel<JsonObject> botMessages = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> received = [];
    private readonly CancellationTokenSource stop = new();
    private ClientWebSocket? stream;
    private Task? streamReader;

    private AgentsPlayground(Process process, int port)
    {
        this.process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    /// <summary>The personal chat's conversation id and the current user, from Playground's own test config.</summary>
    public string PersonalChatId { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Everything the bot has sent so far (createMessage and updateMessage events), oldest first.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <param name="userConfig">A Playground user configuration (e.g. <c>playground/trainee.yml</c>, relative to the repository); null = Playground's default user.</param>
    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, CancellationToken cancellationToken, string? userConfig = null)
    {
        await NodeTooling.EnsureInstalledAsync(cancellationToken);
        var port = FreePort();
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.NodeTools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--require", "./loopback.cjs", "node_modules/@microsoft/m365agentsplayground/cli.js",
            "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--disable-telemetry", "--service-url", $"http://127.0.0.1:{port}/_connector",
        })
        {
            psi.ArgumentList.Add(arg);
        }

        foreach (var name in psi.Environment.Keys.ToList())
        {
            if (ClearedVariablePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || ProxyVariables.Contains(name))
            {
                psi.Environment.Remove(name);
            }
        }

        psi.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        if (userConfig is not null)
        {
            psi.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(RepositoryPaths.Root, userConfig);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Agents Playground.");
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var playground = new AgentsPlayground(process, port);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (playground.output)
            {
                playground.output.AppendLine(line);
            }

            if (line.StartsWith("Listening on ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(13).Trim(), out var actual))
            {
                listening.TrySetResult(actual);
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var actualPort = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            if (actualPort != port)
            {
                throw new InvalidOperationException($"Agents Playground listens on {actualPort}, not {port}; the service URL would be wrong.");
            }

            await playground.ConnectAsync(cancellationToken);
            return playground;
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or HttpRequestException or WebSocketException)
        {
            var log = playground.Output;
            await playground.DisposeAsync();
            throw new InvalidOperationException($"Agents Playground did not start: {ex.Message}\n--- its output ---\n{log}", ex);
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var ping = await Http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative), cancellationToken);
        if (ping != "pong")
        {
            throw new InvalidOperationException($"Playground's ping answered '{ping}'.");
        }

        var config = await Http.GetFromJsonAsync<JsonObject>(new Uri("_internal/v1/testConfig", UriKind.Relative), cancellationToken)
            ?? throw new InvalidOperationException("No test config.");
        PersonalChatId = config["config"]!["personalChat"]!["id"]!.GetValue<string>();
        UserId = config["config"]!["currentUser"]!["id"]!.GetValue<string>();

        stream = new ClientWebSocket();
        await stream.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), cancellationToken);
        streamReader = Task.Run(ReadStreamAsync, CancellationToken.None);
    }

    private async Task ReadStreamAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (stream!.State == WebSocketState.Open)
            {
                var result = await stream.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (JsonNode.Parse(message.ToArray()) is JsonObject evt && evt["action"]?.GetValue<string>() is "createMessage" or "updateMessage")
                {
                    lock (received)
                    {
                        received.Add(evt);
                    }

                    await botMessages.Writer.WriteAsync(evt, stop.Token);
                }

                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or JsonException)
        {
            // Stopping, or the stream broke: waiting callers time out with the transcript.
        }
        finally
        {
            botMessages.Writer.TryComplete();
        }
    }

    /// <summary>Installs the app in the personal chat: the bot gets installationUpdate and conversationUpdate.</summary>
    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync($"_debug/conversation/{Uri.EscapeDataString(PersonalChatId)}/installation", new JsonObject(), cancellationToken);
        await EnsureSuccessAsync(response, "install", cancellationToken);
    }

    /// <summary>The user types <paramref name="text"/> in the personal chat.</summary>
    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["text"] = text, ["textFormat"] = "plain" };
        using var response = await Http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(PersonalChatId)}/messages", body, cancellationToken);
        await EnsureSuccessAsync(response, $"send '{text}'", cancellationToken);
    }

    /// <summary>The user presses an Action.Submit button with <paramref name="data"/> on the bot's message <paramref name="cardMessageId"/>.</summary>
    public async Task SubmitAsync(string cardMessageId, JsonObject data, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = PersonalChatId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = cardMessageId,
            ["value"] = data,
        };
        using var response = await Http.PostAsJsonAsync("_conversation/v1/submit", body, cancellationToken);
        await EnsureSuccessAsync(response, "submit a card", cancellationToken);
    }

    /// <summary>
    /// The user presses an Action.Execute button (<paramref name="verb"/>, <paramref name="data"/>) on the bot's message
    /// <paramref name="cardMessageId"/>: Playground sends the bot an <c>adaptiveCard/action</c> invoke and answers with
    /// what the bot's invoke response held (for a card, <c>type</c> and <c>value</c>), as its UI does.
    /// </summary>
    public async Task<JsonObject> ExecuteAsync(string cardMessageId, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = PersonalChatId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
        using var response = await Http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        await EnsureSuccessAsync(response, $"execute '{verb}'", cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonNode.Parse(answer) as JsonObject ?? throw new InvalidOperationException($"Playground's invoke answer is not an object: {answer}");
    }

    /// <summary>Waits for the next message from the bot that matches, failing with the transcript so far.</summary>
    public async Task<JsonObject> NextFromBotAsync(Func<JsonObject, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            while (await botMessages.Reader.WaitToReadAsync(cts.Token))
            {
                while (botMessages.Reader.TryRead(out var evt))
                {
                    if (match((JsonObject)evt["message"]!))
                    {
                        return (JsonObject)evt["message"]!;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Fall through to the failure below.
        }

        throw new TimeoutException($"No matching message from the bot within {timeout}.\n--- received ---\n" +
            string.Join('\n', Received.Select(r => r.ToJsonString())) + "\n--- Playground output ---\n" + Output);
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Playground refused to {what}: {(int)response.StatusCode} " +
                $"{await response.Content.ReadAsStringAsync(cancellationToken)}\n--- output ---\n{Output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (stream is not null)
        {
            stream.Abort();
            stream.Dispose();
        }

        if (streamReader is not null)
        {
            await streamReader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
        Http.Dispose();
        stop.Dispose();
    }
}
