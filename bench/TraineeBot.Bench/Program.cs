using System.Globalization;
using TraineeBot.Bench;

// The in-memory host needs the web project's folder as its content root (tests get it from Mvc.Testing).
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TRAINEEBOT_WEB",
    Path.Combine(TraineeBot.Testing.RepositoryPaths.Root, "src", "TraineeBot.Web"));
var arguments = args.Length == 0 ? ["fanout"] : args;
switch (arguments[0])
{
    case "fanout":
        var count = Option(arguments, "--messages", 10_000);
        var tenantPerSecond = Option(arguments, "--tenant-rps", 200);
        var latencyMs = Option(arguments, "--latency-ms", 5);
        var parallel = Option(arguments, "--parallel", 32);
        return await FanOutBenchmark.RunAsync(count, tenantPerSecond, TimeSpan.FromMilliseconds(latencyMs), parallel);
    case "status":
        return await StatusBenchmark.RunAsync(
            Option(arguments, "--trainees", 10_000),
            Option(arguments, "--checkins", 200_000),
            Option(arguments, "--iterations", 200),
            Option(arguments, "--report-iterations", 10),
            Text(arguments, "--db"),
            arguments.Contains("--keep"),
            arguments.Contains("--sql"));
    default:
        Console.Error.WriteLine("Usage: TraineeBot.Bench fanout [--messages N] [--tenant-rps R] [--latency-ms L] [--parallel P]");
        Console.Error.WriteLine("       TraineeBot.Bench status [--trainees N] [--checkins N] [--iterations N] [--report-iterations N] [--db FILE] [--keep] [--sql]");
        return 2;
}

static int Option(string[] arguments, string name, int fallback)
{
    var index = Array.IndexOf(arguments, name);
    return index >= 0 && index + 1 < arguments.Length ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string? Text(string[] arguments, string name)
{
    var index = Array.IndexOf(arguments, name);
    return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
}
