using System.IO.Compression;
using System.Text.Json.Nodes;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>
/// The package against Microsoft's published JSON schemas (the copies @microsoft/app-manifest ships), through
/// validate-manifest.mjs. The broken copies prove the validator can say no, and for the right reason.
/// </summary>
public sealed class ManifestSchemaTests
{
    [Fact]
    public async Task Built_package_passes_the_Teams_manifest_and_localization_schemas()
    {
        using var unpacked = new TempDirectory();
        ZipFile.ExtractToDirectory(AppPackageFiles.RequireBuiltPackage(), unpacked.Path);

        var outcome = await AppPackageFiles.ValidateAsync(unpacked.File("manifest.json"), TestContext.Current.CancellationToken);

        Assert.True(outcome.ExitCode == 0, outcome.Describe());
        Assert.Equal(AppPackageFiles.SchemaVersion, (string?)outcome.Report?["schemaVersion"]);
        // Both files were checked: the manifest and en.json.
        Assert.Equal(["manifest.json", "en.json"],
            outcome.Report?["results"]?.AsArray().Select(r => Path.GetFileName((string?)r?["file"])));
    }

    [Theory]
    [InlineData("accentColor removed", "manifest.json at '': required {\"missingProperty\":\"accentColor\"}")]
    [InlineData("short name of 40 characters", "manifest.json at '/name/short': maxLength")]
    [InlineData("id that is not a GUID", "manifest.json at '/id': pattern")]
    [InlineData("manifestVersion 1.29", "manifest.json at '/manifestVersion': const")]
    [InlineData("bot id placeholder left in", "manifest.json at '/bots/0/botId': pattern")]
    [InlineData("English short name of 40 characters", "en.json at '/name.short': maxLength")]
    public async Task Broken_copy_is_rejected_for_what_is_wrong_with_it(string breakage, string expectedError)
    {
        using var unpacked = new TempDirectory();
        ZipFile.ExtractToDirectory(AppPackageFiles.RequireBuiltPackage(), unpacked.Path);
        var manifest = AppPackageFiles.ReadObject(unpacked.File("manifest.json"));
        var english = AppPackageFiles.ReadObject(unpacked.File("en.json"));
        Break(breakage, manifest, english);
        await File.WriteAllTextAsync(unpacked.File("manifest.json"), manifest.ToJsonString(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(unpacked.File("en.json"), english.ToJsonString(), TestContext.Current.CancellationToken);

        var outcome = await AppPackageFiles.ValidateAsync(unpacked.File("manifest.json"), TestContext.Current.CancellationToken);

        // 1 is "invalid"; 2 would be "could not validate", which proves nothing about the schema.
        Assert.True(outcome.ExitCode == 1, outcome.Describe());
        Assert.Contains(outcome.Errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
    }

    private static void Break(string breakage, JsonObject manifest, JsonObject english)
    {
        switch (breakage)
        {
            case "accentColor removed":
                Assert.True(manifest.Remove("accentColor"));
                break;
            case "short name of 40 characters":
                manifest["name"]!["short"] = new string('T', 40);
                break;
            case "id that is not a GUID":
                manifest["id"] = "traineebot";
                break;
            case "manifestVersion 1.29":
                manifest["manifestVersion"] = "1.29";
                break;
            case "bot id placeholder left in":
                manifest["bots"]![0]!["botId"] = AppPackageFiles.BotIdPlaceholder;
                break;
            case "English short name of 40 characters":
                english["name.short"] = new string('T', 40);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "No such breakage.");
        }
    }
}
