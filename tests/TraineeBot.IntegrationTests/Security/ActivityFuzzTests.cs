using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Security;

/// <summary>
/// Issue 9: generated and mutated activities through the real HTTP pipeline (local mode, no auth). Whatever comes in,
/// the bot answers 2xx or a precise 4xx, no turn fails on its input, and memory stays flat. Alone in its collection and
/// not run in parallel with other tests: the memory it measures is the whole process's.
/// </summary>
[Collection(nameof(ActivityFuzzTests))]
public sealed class ActivityFuzzTests
{
    private const int Seed = 20260630;
    private const int WarmUp = 500;
    private const int Cases = 10_000;
    private const int Clients = 4;
    /// <summary>Growth allowed on the small-object heap (everything but arrays and strings of 85 kB and more); measured -6.2 to +2.1 MB in four runs.</summary>
    private const long SmallObjectBound = 16L * 1024 * 1024;

    /// <summary>Growth allowed in all, pooled buffers included; measured +50 to +131 MB in four runs (more threads under load, more buffers).</summary>
    private const long TotalBound = 256L * 1024 * 1024;

    private static readonly ConcurrentQueue<string> Slow = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_thousand_generated_and_mutated_activities_get_no_5xx_no_failed_turn_and_flat_memory()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : Seed;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var c) && c >= Cases ? c : Cases;
        var problems = new ProblemLogger();
        using var bot = new TraineeBotFactory()
            .WithServices(services => services.AddLogging(logging => logging.AddProvider(problems)));
        var client = bot.CreateClient();
        var fuzzer = new ActivityFuzzer(seed);
        var statuses = new ConcurrentDictionary<int, int>();
        var kinds = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentQueue<string>();

        await RunAsync(client, fuzzer, WarmUp, statuses, kinds, failures);
        bot.Connector.Clear();
        var afterWarmUp = Heap.Measure();
        var clock = Stopwatch.StartNew();

        // Two halves of the same seeded stream, measured after each (the figures show whether growth is steady).
        await RunAsync(client, fuzzer, cases / 2, statuses, kinds, failures);
        bot.Connector.Clear();
        var afterHalf = Heap.Measure();
        await RunAsync(client, fuzzer, cases - cases / 2, statuses, kinds, failures);

        var elapsed = clock.Elapsed;
        bot.Connector.Clear();
        var atEnd = Heap.Measure();

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"Seed {seed}: {WarmUp} warm-up + {cases} cases, {Clients} clients, {elapsed.TotalSeconds:F1} s ({cases / elapsed.TotalSeconds:F0}/s)");
        foreach (var (status, count) in statuses.OrderBy(p => p.Key))
        {
            output?.WriteLine($"  HTTP {status}: {count}");
        }

        foreach (var (kind, count) in kinds.OrderByDescending(p => p.Value).Take(12))
        {
            output?.WriteLine($"  kind {kind}: {count}");
        }

        output?.WriteLine($"Failed turns / exceptions logged: {problems.Count}");
        foreach (var (site, count) in problems.Sites.OrderByDescending(p => p.Value))
        {
            output?.WriteLine($"  {count} x {site}");
        }

        foreach (var entry in problems.Entries)
        {
            output?.WriteLine(entry);
        }

        output?.WriteLine($"Memory (after a forced full collection): after warm-up {afterWarmUp}; after {cases / 2} cases {afterHalf}; at the end {atEnd}");
        output?.WriteLine($"  growth over the run: small objects {Heap.Mb(atEnd.Small - afterWarmUp.Small)} (second half {Heap.Mb(atEnd.Small - afterHalf.Small)}; bound {Heap.Mb(SmallObjectBound)}),"
            + $" in all {Heap.Mb(atEnd.Total - afterWarmUp.Total)} (second half {Heap.Mb(atEnd.Total - afterHalf.Total)}; bound {Heap.Mb(TotalBound)})");
        output?.WriteLine($"Slow requests (> 1 s): {Slow.Count}");
        foreach (var slow in Slow.Take(5))
        {
            output?.WriteLine(slow);
        }

        foreach (var failure in failures.Take(5))
        {
            output?.WriteLine(failure);
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} responses were 5xx; first: {failures.FirstOrDefault()}");
        Assert.True(statuses.Keys.All(k => k is >= 200 and < 300 or 400 or 401 or 413 or 415 or 501), $"Unexpected status: {string.Join(", ", statuses.Keys)}");
        Assert.Equal(WarmUp + cases, statuses.Values.Sum());

        // Zero unhandled exceptions: no log entry, from any category, that carries an exception or is at Error or
        // above. A turn that throws is caught by the turn runner (TurnFailed, 1001, Warning with the exception; the user
        // gets an apology) and, should the apology fail too, ErrorHandlerFailed (1002, Error): both count here. The
        // fuzzer provokes nothing that is meant to be logged as an error (refusals are 4xx or polite replies, logged at
        // Information/Warning without an exception), so there are no exclusions.
        Assert.True(problems.Count == 0, $"{problems.Count} log entries with an exception or at Error; first: {problems.Entries.FirstOrDefault()}");

        // Memory flat, measured after a forced, compacting full collection. Nearly all the heap's growth is the arrays
        // that ArrayPool<T>.Shared keeps per thread for reuse (one per size, up to 2 MB here: the 110-300 kB bodies
        // make them large; dropped only after 30 s unused): bounded by threads x sizes, not by the number of
        // activities, and all on the large-object heap (a heap snapshot showed 160 of 175 MB there, and the heap fell
        // to 9 MB after two minutes idle). So: the small-object heap, where a leak of entries, ids, log lines or
        // cache items would show, stays within SmallObjectBound; the whole heap, pools included, within TotalBound
        // (keeping the huge bodies themselves would be about 1 GB).
        Assert.True(atEnd.Small - afterWarmUp.Small <= SmallObjectBound,
            $"The small-object heap grew by {Heap.Mb(atEnd.Small - afterWarmUp.Small)} over {cases} cases (bound {Heap.Mb(SmallObjectBound)}): {afterWarmUp} -> {atEnd}");
        Assert.True(atEnd.Total - afterWarmUp.Total <= TotalBound,
            $"The heap grew by {Heap.Mb(atEnd.Total - afterWarmUp.Total)} over {cases} cases (bound {Heap.Mb(TotalBound)}): {afterWarmUp} -> {atEnd}");
    }

    private static async Task RunAsync(HttpClient client, ActivityFuzzer fuzzer, int count, ConcurrentDictionary<int, int> statuses,
        ConcurrentDictionary<string, int> kinds, ConcurrentQueue<string> failures)
    {
        // Generation is single-threaded (the seeded generator is not thread-safe); sending is concurrent.
        var channel = System.Threading.Channels.Channel.CreateBounded<FuzzCase>(64);
        var producer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    await channel.Writer.WriteAsync(fuzzer.Next(), Ct);
                }
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, Ct);
        var consumers = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            await foreach (var fuzz in channel.Reader.ReadAllAsync(Ct))
            {
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    status = await SendAsync(client, fuzz);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !Ct.IsCancellationRequested)
                {
                    // The in-memory test server hands an exception the app let escape to the client: a 500 in production.
                    failures.Enqueue($"Unhandled {ex.GetType().Name} ({ex.Message}) for {fuzz.Kind} ({fuzz.ContentType}): {fuzz.Preview()}");
                    status = 500;
                }
                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(1))
                {
                    Slow.Enqueue($"{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s, {status} for {fuzz.Kind}: {fuzz.Preview(300)}");
                }

                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                kinds.AddOrUpdate(fuzz.Kind.Split('+', ':')[0], 1, (_, n) => n + 1);
                if (status >= 500 && !(status == 501 && IsInvokeNobodyHandles(fuzz)))
                {
                    failures.Enqueue($"{status} for {fuzz.Kind} ({fuzz.ContentType}): {fuzz.Preview()}");
                }
            }
        }, Ct)).ToArray();
        await Task.WhenAll([producer, .. consumers]);
    }

    private static async Task<int> SendAsync(HttpClient client, FuzzCase fuzz)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(fuzz.Body) };
        if (fuzz.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }

        if (fuzz.Authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(fuzz.Authorization);
        }

        using var response = await client.SendAsync(request, Ct);
        await response.Content.ReadAsByteArrayAsync(Ct);
        return (int)response.StatusCode;
    }

    /// <summary>
    /// 501 is the Bot Framework's answer to an invoke no handler took (Teams shows it as unsupported): allowed only for
    /// an invoke that is not exactly <c>invoke</c> + <c>adaptiveCard/action</c>, the one invoke the bot handles.
    /// </summary>
    private static bool IsInvokeNobodyHandles(FuzzCase fuzz)
    {
        try
        {
            return JsonNode.Parse(fuzz.Body) is JsonObject o
                && o["type"] is JsonValue t && t.TryGetValue<string>(out var type) && string.Equals(type, "invoke", StringComparison.OrdinalIgnoreCase)
                && !(type == "invoke" && o["name"] is JsonValue n && n.TryGetValue<string>(out var name) && name == "adaptiveCard/action");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The managed heap after a forced, compacting full collection: in all, and the large-object heap.</summary>
    private readonly record struct Heap(long Total, long LargeObjects)
    {
        public long Small => Total - LargeObjects;

        public static Heap Measure()
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            var total = GC.GetTotalMemory(forceFullCollection: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            return new Heap(total, info.GenerationInfo.Length > 3 ? info.GenerationInfo[3].SizeAfterBytes : 0);
        }

        public static string Mb(long bytes) => $"{bytes / 1024 / 1024.0:+0.0;-0.0} MB";

        public override string ToString() =>
            $"{Total / 1024 / 1024.0:F1} MB (small objects {Small / 1024 / 1024.0:F1} MB)";
    }

    /// <summary>
    /// Counts only what matters here (any entry with an exception, and every Error/Critical) and keeps five in full, so
    /// that capturing the logs of 10,000 turns does not itself grow memory.
    /// </summary>
    private sealed class ProblemLogger : ILoggerProvider
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        /// <summary>Distinct places: level, category, exception type and message, and the first frame in our code.</summary>
        public ConcurrentDictionary<string, int> Sites { get; } = new();

        /// <summary>The first five entries in full.</summary>
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Categorised(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Categorised(ProblemLogger owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (exception is null && logLevel < LogLevel.Error)
                {
                    return;
                }

                Interlocked.Increment(ref owner.count);
                var frames = exception?.StackTrace?.Split('\n').Select(l => l.Trim()).ToArray() ?? [];
                var frame = frames.FirstOrDefault(l => l.Contains("TraineeBot", StringComparison.Ordinal)) ?? frames.FirstOrDefault();
                var message = exception?.Message is { Length: > 120 } longer ? longer[..120] : exception?.Message;
                owner.Sites.AddOrUpdate($"{logLevel} {category} [{eventId.Id}] {exception?.GetType().Name} ({message}) {frame}", 1, (_, n) => n + 1);
                if (owner.Entries.Count < 5)
                {
                    owner.Entries.Enqueue($"{logLevel} {category} [{eventId.Id}]: {formatter(state, exception)}\n{exception}");
                }
            }
        }
    }
}

[CollectionDefinition(nameof(ActivityFuzzTests), DisableParallelization = true)]
public sealed class ActivityFuzzCollection;
