using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using TraineeBot.Testing;

namespace TraineeBot.TurnBench;

/// <summary>The process under test (the bot or the bare floor) on a loopback port, with its RSS and CPU from /proc.</summary>
public sealed class Target : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly string? folder;

    private Target(Process process, Uri baseAddress, string? folder)
    {
        this.process = process;
        BaseAddress = baseAddress;
        this.folder = folder;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int Pid => process.Id;

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

    /// <summary>TraineeBot.Web as built (Release next to a Release bench), local mode, a fresh SQLite file in a temp folder.</summary>
    public static Target StartBot()
    {
        var assembly = BotProcess.WebAssembly;
        var folder = Path.Combine(Path.GetTempPath(), "turnbench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [assembly]) { WorkingDirectory = Path.GetDirectoryName(assembly)! };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["Telemetry__Exporter"] = "none";
        start.Environment["ConnectionStrings__TraineeBot"] = $"Data Source={Path.Combine(folder, "turnbench.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Start(start, port, folder);
    }

    /// <summary>This program again, in its hidden <c>serve-bare</c> mode.</summary>
    public static Target StartBare()
    {
        var port = FreePort();
        var self = typeof(Target).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [self, "serve-bare", port.ToString(CultureInfo.InvariantCulture)]);
        return Start(start, port, null);
    }

    /// <summary>The npm <c>botbuilder</c> echo bot (<c>node/echo.js</c>), installed from npm on first use.</summary>
    public static Target StartBotBuilder()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "bench", "TraineeBot.TurnBench", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")))
        {
            using var install = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = folder })
                ?? throw new InvalidOperationException("npm did not start.");
            install.WaitForExit();
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {folder} failed ({install.ExitCode}).");
            }
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", ["echo.js", port.ToString(CultureInfo.InvariantCulture)]) { WorkingDirectory = folder };
        return Start(start, port, null);
    }

    private static Target Start(ProcessStartInfo start, int port, string? folder)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        return new Target(process, new Uri($"http://127.0.0.1:{port}/"), folder);
    }

    /// <summary>Polls GET / until it answers; returns the time from now until then.</summary>
    public async Task<TimeSpan> WaitReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The process exited ({process.ExitCode}). Its output:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(BaseAddress);
                if (response.IsSuccessStatusCode)
                {
                    return started.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Not ready after {timeout}. Its output:\n{Output}");
    }

    /// <summary>Resident set size (VmRSS) in MB.</summary>
    public double RssMb()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        return double.NaN;
    }

    /// <summary>User + system CPU seconds so far (utime + stime from /proc/pid/stat, at 100 ticks/s).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", fields[0] is field 3 (state); utime is field 14, stime field 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        process.Dispose();
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
