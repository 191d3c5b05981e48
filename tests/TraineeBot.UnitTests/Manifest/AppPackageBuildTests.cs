using System.Text;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>
/// Runs the BuildAppPackage target the way a release does (<c>-p:BotId=...</c>), into a temporary folder so the
/// package in manifest/build stays as the regular build left it.
/// </summary>
public sealed class AppPackageBuildTests
{
    private const string SomeBotId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Fact]
    public async Task BotId_property_goes_into_the_package_and_a_second_run_changes_nothing()
    {
        using var output = new TempDirectory();

        var first = await BuildPackageAsync(output.Path, $"-p:BotId={SomeBotId}");
        Assert.True(first.ExitCode == 0, Describe(first));
        var package = output.File("appPackage.zip");
        Assert.Equal(SomeBotId, PackagedBotId(package));
        var written = File.GetLastWriteTimeUtc(package);

        var second = await BuildPackageAsync(output.Path, $"-p:BotId={SomeBotId}");
        Assert.True(second.ExitCode == 0, Describe(second));
        Assert.Equal(written, File.GetLastWriteTimeUtc(package));
        Assert.Equal(["appPackage.zip", "botid.stamp", "color.png", "en.json", "manifest.json", "outline.png"],
            Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_BotId_the_package_gets_MicrosoftAppId_or_else_the_zero_guid()
    {
        using var output = new TempDirectory();
        // The build inherits this process's environment.
        var fromEnvironment = Environment.GetEnvironmentVariable("MicrosoftAppId");
        var expected = string.IsNullOrEmpty(fromEnvironment) ? AppPackageFiles.DefaultBotId : fromEnvironment;

        var result = await BuildPackageAsync(output.Path);

        Assert.True(result.ExitCode == 0, Describe(result));
        Assert.Equal(expected, PackagedBotId(output.File("appPackage.zip")));
    }

    [Fact]
    public async Task A_bot_id_that_is_not_a_guid_fails_the_build()
    {
        using var output = new TempDirectory();

        var result = await BuildPackageAsync(output.Path, "-p:BotId=not-a-guid");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("is not a GUID", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("appPackage.zip")));
    }

    private static Task<ProcessResult> BuildPackageAsync(string outputDirectory, params string[] properties) =>
        NodeTooling.RunAsync("dotnet",
            [
                "msbuild", AppPackageFiles.WebProject, "-t:BuildAppPackage", "-nologo", "-nodeReuse:false", "-v:m",
                $"-p:AppPackageOutputDir={outputDirectory}{Path.DirectorySeparatorChar}", .. properties,
            ],
            RepositoryPaths.Root, TimeSpan.FromMinutes(3), cancellationToken: TestContext.Current.CancellationToken);

    private static string? PackagedBotId(string package)
    {
        Assert.True(File.Exists(package), $"{package} was not written.");
        var manifest = AppPackageFiles.ParseObject(AppPackageFiles.ReadEntries(package)["manifest.json"]);
        return (string?)manifest["bots"]?[0]?["botId"];
    }

    private static string Describe(ProcessResult result) => new StringBuilder()
        .AppendLine($"dotnet msbuild exited with {result.ExitCode}")
        .AppendLine(result.StandardOutput)
        .AppendLine(result.StandardError)
        .ToString();
}
