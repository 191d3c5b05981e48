using System.Diagnostics;
using System.Text;

namespace TraineeBot.Testing;

/// <summary>
/// The bot as a real operating-system process (<c>dotnet TraineeBot.Web.dll</c>, as built next to the tests), for tests
/// that kill it with SIGKILL and start it again on the same database.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process)
    {
        this.process = process;
    }

    public static string WebAssembly
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            var path = Path.Combine(RepositoryPaths.Root, "src", "TraineeBot.Web", "bin", configuration, "net10.0", "TraineeBot.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the bot's assembly is missing.", path);
        }
    }

    /// <summary>What the process wrote (stdout and stderr), for a failure message.</summary>
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

    public bool HasExited => process.HasExited;

    /// <summary>Starts the bot in local mode (Development, no credentials) with <paramref name="settings"/> as environment variables.</summary>
    public static BotProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var assembly = WebAssembly;
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["Telemetry__Exporter"] = "none";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start."));
        bot.process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or a pulled plug.</summary>
    public void KillHard()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
