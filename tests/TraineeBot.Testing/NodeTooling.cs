using System.Diagnostics;
using System.Text;

namespace TraineeBot.Testing;

/// <summary>
/// The npm packages the tests use as oracles and real clients live in <c>tests/node</c> with a committed lock file.
/// <see cref="EnsureInstalledAsync"/> runs <c>npm ci</c> there once (under a cross-process lock, since test projects
/// run in parallel) when the installed tree is missing or older than the lock file, so a plain <c>dotnet test</c>
/// works from a fresh clone.
/// </summary>
public static class NodeTooling
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);
    private static volatile bool installed;

    public static string NodeModules => Path.Combine(RepositoryPaths.NodeTools, "node_modules");

    public static string Bin(string name) => Path.Combine(NodeModules, ".bin", name);

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        if (installed)
        {
            return;
        }

        await InProcess.WaitAsync(cancellationToken);
        try
        {
            if (installed)
            {
                return;
            }

            var lockPath = Path.Combine(RepositoryPaths.NodeTools, ".install.lock");
            await using var crossProcess = await AcquireFileLockAsync(lockPath, cancellationToken);
            if (!IsUpToDate())
            {
                var result = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"],
                    RepositoryPaths.NodeTools, TimeSpan.FromMinutes(5), cancellationToken: cancellationToken);
                if (result.ExitCode != 0 || !IsUpToDate())
                {
                    throw new InvalidOperationException(
                        $"npm ci in {RepositoryPaths.NodeTools} failed (exit {result.ExitCode}):\n{result.StandardError}\n{result.StandardOutput}");
                }
            }

            installed = true;
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static bool IsUpToDate()
    {
        var marker = Path.Combine(NodeModules, ".package-lock.json");
        var lockFile = Path.Combine(RepositoryPaths.NodeTools, "package-lock.json");
        return File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(lockFile);
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    /// <summary>Runs a process to completion and returns its exit code and output.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, string? standardInput = null, CancellationToken cancellationToken = default)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
