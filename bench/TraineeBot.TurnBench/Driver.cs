using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TraineeBot.Testing;

namespace TraineeBot.TurnBench;

/// <summary>One run's figures.</summary>
public sealed record RunResult(string Mode, int Concurrency, double TurnsPerSecond, double P50, double P90, double P99,
    int Errors, double RssMb, double CpuSeconds)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Mode,-10} C={Concurrency,-3} turns/s={TurnsPerSecond,8:0.0}  p50={P50,7:0.00}ms p90={P90,7:0.00}ms p99={P99,7:0.00}ms  errors={Errors}  rss_mb={RssMb:0.0}  cpu_s={CpuSeconds:0.00}");
}

/// <summary>
/// Closed loop: C conversations, each its own Teams user; each sends a turn, waits until the connector has received
/// all of the bot's replies for it (latency = request sent → last reply received by the connector), then sends the next.
/// </summary>
public sealed class Driver(Target target, ConnectorStub connector, Script script, HttpClient client)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(15);

    public async Task<RunResult> RunAsync(string mode, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var measureFrom = started + Ticks(warmup);
        var end = measureFrom + Ticks(duration);
        var latencies = new List<double>[concurrency];
        var errors = new int[concurrency];
        var cpuAtStart = 0.0;
        var cpuTimer = Task.Run(async () =>
        {
            await Task.Delay(warmup);
            cpuAtStart = target.CpuSeconds();
        });
        var workers = Enumerable.Range(0, concurrency).Select(i =>
        {
            latencies[i] = [];
            return Task.Run(() => ConverseAsync(latencies[i], errors, i, measureFrom, end));
        }).ToArray();
        await Task.WhenAll(workers);
        await cpuTimer;
        var cpu = target.CpuSeconds() - cpuAtStart;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new RunResult(mode, concurrency, all.Length / duration.TotalSeconds,
            Percentile(all, 0.50), Percentile(all, 0.90), Percentile(all, 0.99), errors.Sum(), target.RssMb(), cpu);
    }

    private async Task ConverseAsync(List<double> latencies, int[] errors, int index, long measureFrom, long end)
    {
        var user = TeamsUser.New($"Bench User {index}", "sv-SE");
        var arrivals = connector.For(user.ConversationId);
        var expected = 0;
        foreach (var step in script.Setup)
        {
            expected += step.Replies;
            if (await TurnAsync(step.Build(user, connector.ServiceUrl), arrivals, expected) is null)
            {
                errors[index]++;
                expected = arrivals.Count;
            }
        }

        for (var n = 0; Stopwatch.GetTimestamp() < end; n++)
        {
            var step = script.Loop[n % script.Loop.Count];
            expected += step.Replies;
            var sent = Stopwatch.GetTimestamp();
            var latency = await TurnAsync(step.Build(user, connector.ServiceUrl), arrivals, expected);
            if (sent < measureFrom || Stopwatch.GetTimestamp() > end)
            {
                if (latency is null)
                {
                    expected = arrivals.Count;
                }

                continue;
            }

            if (latency is { } ms)
            {
                latencies.Add(ms);
            }
            else
            {
                errors[index]++;
                expected = arrivals.Count;
            }
        }
    }

    /// <summary>Sends one activity; the latency in ms when the bot answered 2xx and all expected replies arrived, else null.</summary>
    private async Task<double?> TurnAsync(TraineeBot.BotFramework.Schema.Activity activity, Arrivals arrivals, int expected)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, TraineeBot.BotFramework.Schema.BotJsonContext.Default.Activity));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
            using var response = await client.PostAsync(new Uri(target.BaseAddress, "api/messages"), content);
            if (!response.IsSuccessStatusCode || !await arrivals.WaitForAsync(expected, TurnTimeout))
            {
                return null;
            }
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }

        return (double)(arrivals.Last - sent) * 1000 / Stopwatch.Frequency;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
