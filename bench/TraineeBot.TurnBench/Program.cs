using System.Globalization;
using TraineeBot.TurnBench;

// Turn benchmark (issue 10). Modes: bot (TraineeBot.Web as a process), bare (the same-run floor), botbuilder (the npm
// botbuilder echo bot, node/echo.js), all (all three, then the ratios).
var arguments = args.Length == 0 ? ["all"] : args;
if (arguments[0] == "serve-bare")
{
    return await BareBot.RunAsync(int.Parse(arguments[1], CultureInfo.InvariantCulture));
}

string[] modes = arguments[0] switch
{
    "bot" => ["bot"],
    "bare" => ["bare"],
    "botbuilder" => ["botbuilder"],
    "all" => ["bare", "botbuilder", "bot"],
    _ => [],
};
if (modes.Length == 0)
{
    Console.Error.WriteLine("Usage: TraineeBot.TurnBench bot|bare|botbuilder|all [--concurrency 1,16,64] [--warmup 5s] [--duration 20s] [--script FILE]");
    return 2;
}

var concurrencies = (Text(arguments, "--concurrency") ?? "1,16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var warmup = Seconds(Text(arguments, "--warmup") ?? "5s");
var duration = Seconds(Text(arguments, "--duration") ?? "20s");
var script = Script.Load(Text(arguments, "--script") ?? Path.Combine(AppContext.BaseDirectory, "script.yaml"));

await using var connector = await ConnectorStub.StartAsync();
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"# connector {connector.ServiceUrl}  warm-up {warmup.TotalSeconds}s  duration {duration.TotalSeconds}s  C = {string.Join(",", concurrencies)}  script: {script.Setup.Count} setup + {script.Loop.Count} loop steps");
var results = new List<RunResult>();
foreach (var mode in modes)
{
    using var target = mode switch
    {
        "bot" => Target.StartBot(),
        "botbuilder" => Target.StartBotBuilder(),
        _ => Target.StartBare(),
    };
    var ready = await target.WaitReadyAsync(client, TimeSpan.FromSeconds(60));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {mode}: pid {target.Pid}, ready (GET / answered) {ready.TotalMilliseconds:0} ms after start, rss_mb {target.RssMb():0.0}"));
    foreach (var c in concurrencies)
    {
        var result = await new Driver(target, connector, script, client).RunAsync(mode, c, warmup, duration);
        results.Add(result);
        Console.WriteLine(result);
    }
}

if (connector.Members > 0)
{
    Console.WriteLine($"# member lookups at the connector (GET .../members/{{id}}): {connector.Members}");
}

if (connector.Other > 0)
{
    Console.WriteLine($"# the connector also got {connector.Other} requests that were not activity posts: {string.Join(", ", connector.OtherShapes.Take(10))}");
}

foreach (var c in concurrencies)
{
    var bot = results.FirstOrDefault(r => r.Mode == "bot" && r.Concurrency == c);
    var bare = results.FirstOrDefault(r => r.Mode == "bare" && r.Concurrency == c);
    var botBuilder = results.FirstOrDefault(r => r.Mode == "botbuilder" && r.Concurrency == c);
    if (bot is not null && bare is not null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C={c,-3} TraineeBot/bare = {bot.TurnsPerSecond / bare.TurnsPerSecond:0.00}"));
    }

    if (bot is not null && botBuilder is not null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C={c,-3} TraineeBot/botbuilder = {bot.TurnsPerSecond / botBuilder.TurnsPerSecond:0.00}"));
    }
}

return results.Any(r => r.Errors > 0) ? 1 : 0;

static string? Text(string[] arguments, string name)
{
    var index = Array.IndexOf(arguments, name);
    return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
}

static TimeSpan Seconds(string text) =>
    TimeSpan.FromSeconds(double.Parse(text.TrimEnd('s'), CultureInfo.InvariantCulture));
