using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>Where the Teams app package's sources and build output live, and how the tests read and validate them.</summary>
internal static class AppPackageFiles
{
    /// <summary>The manifest schema version in use: the newest one @microsoft/app-manifest ships.</summary>
    public const string SchemaVersion = "1.30";

    /// <summary>The app's id. Fixed for good: Teams identifies the app (and its installs) by it.</summary>
    public const string AppId = "94d47199-b1d9-437e-a4d4-b4755f6299fc";

    public const string BotIdPlaceholder = "${{BOT_ID}}";
    public const string DefaultBotId = "00000000-0000-0000-0000-000000000000";

    /// <summary>What the package must hold, flat.</summary>
    public static readonly string[] PackageEntries = ["manifest.json", "color.png", "outline.png", "en.json"];

    public static string SourceManifest => Path.Combine(RepositoryPaths.Manifest, "manifest.json");

    public static string SourceLocalization => Path.Combine(RepositoryPaths.Manifest, "en.json");

    public static string SourceIcon(string name) => Path.Combine(RepositoryPaths.Manifest, "icons", name);

    /// <summary>Where a source file of the package lives, by its name in the package.</summary>
    public static string SourceOf(string entry) => entry.EndsWith(".png", StringComparison.Ordinal)
        ? SourceIcon(entry)
        : Path.Combine(RepositoryPaths.Manifest, entry);

    public static string BuildDirectory => Path.Combine(RepositoryPaths.Manifest, "build");

    public static string BuiltPackage => Path.Combine(BuildDirectory, "appPackage.zip");

    public static string BuiltBotIdStamp => Path.Combine(BuildDirectory, "botid.stamp");

    public static string WebProject => Path.Combine(RepositoryPaths.Root, "src", "TraineeBot.Web", "TraineeBot.Web.csproj");

    public static string Validator =>
        Path.Combine(RepositoryPaths.Root, "tests", "TraineeBot.UnitTests", "Manifest", "validate-manifest.mjs");

    /// <summary>The Teams schemas @microsoft/app-manifest ships, one folder per version (v1.0 ... v1.30, vDevPreview).</summary>
    public static string TeamsSchemas =>
        Path.Combine(NodeTooling.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    /// <summary>The package the build wrote (building the test project builds TraineeBot.Web, which makes it).</summary>
    public static string RequireBuiltPackage()
    {
        if (!File.Exists(BuiltPackage))
        {
            Assert.Fail($"{BuiltPackage} does not exist. It is written by the BuildAppPackage target when TraineeBot.Web " +
                "builds: run `dotnet build src/TraineeBot.Web` (or build this test project) and try again.");
        }

        return BuiltPackage;
    }

    /// <summary>The zip's entries by full name (so a nested entry would show its folder).</summary>
    public static Dictionary<string, byte[]> ReadEntries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }

        return entries;
    }

    public static JsonObject ParseObject(byte[] json) =>
        JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("Expected a JSON object.");

    public static JsonObject ReadObject(string path) => ParseObject(File.ReadAllBytes(path));

    /// <summary>Runs validate-manifest.mjs on a manifest (its localization files sit beside it).</summary>
    public static async Task<ValidationOutcome> ValidateAsync(string manifestPath, CancellationToken cancellationToken)
    {
        await NodeTooling.EnsureInstalledAsync(cancellationToken);
        var result = await NodeTooling.RunAsync("node", [Validator, manifestPath, "--schema-version", SchemaVersion],
            RepositoryPaths.Root, TimeSpan.FromMinutes(1), cancellationToken: cancellationToken);
        JsonObject? report = null;
        try
        {
            report = JsonNode.Parse(result.StandardOutput)?.AsObject();
        }
        catch (JsonException)
        {
            // Reported through Describe() below.
        }

        return new ValidationOutcome(result, report);
    }
}

/// <summary>The validator's exit code and its JSON report.</summary>
internal sealed record ValidationOutcome(ProcessResult Process, JsonObject? Report)
{
    public int ExitCode => Process.ExitCode;

    /// <summary>Every schema error, as <c>file at 'instancePath': keyword {params}</c>.</summary>
    public IReadOnlyList<string> Errors =>
    [
        .. (Report?["results"]?.AsArray() ?? []).SelectMany(result =>
            (result?["errors"]?.AsArray() ?? []).Select(error =>
                $"{Path.GetFileName((string?)result?["file"])} at '{(string?)error?["instancePath"]}': " +
                $"{(string?)error?["keyword"]} {error?["params"]?.ToJsonString()}")),
    ];

    public string Describe() =>
        $"exit {ExitCode}\nstdout:\n{Process.StandardOutput}\nstderr:\n{Process.StandardError}";
}

/// <summary>A temporary folder, deleted with everything in it on Dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "traineebot-manifest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is not worth failing a test over.
        }
    }
}
