using System.Text;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>The package that building TraineeBot.Web leaves in manifest/build/appPackage.zip.</summary>
public sealed class AppPackageTests
{
    [Fact]
    public void Package_holds_exactly_the_manifest_the_icons_and_the_localization_flat()
    {
        var entries = AppPackageFiles.ReadEntries(AppPackageFiles.RequireBuiltPackage());

        Assert.Equal(
            AppPackageFiles.PackageEntries.Order(StringComparer.Ordinal),
            entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Package_carries_the_icons_and_the_localization_unchanged()
    {
        var entries = AppPackageFiles.ReadEntries(AppPackageFiles.RequireBuiltPackage());

        foreach (var name in AppPackageFiles.PackageEntries.Where(n => n != "manifest.json"))
        {
            Assert.True(entries.TryGetValue(name, out var packed), $"{name} is missing from the package.");
            Assert.True(File.ReadAllBytes(AppPackageFiles.SourceOf(name)).AsSpan().SequenceEqual(packed),
                $"{name} in the package differs from {AppPackageFiles.SourceOf(name)}; rebuild TraineeBot.Web.");
        }
    }

    [Fact]
    public void Package_manifest_is_the_source_manifest_with_the_bot_id_filled_in()
    {
        var entries = AppPackageFiles.ReadEntries(AppPackageFiles.RequireBuiltPackage());
        Assert.True(File.Exists(AppPackageFiles.BuiltBotIdStamp), $"{AppPackageFiles.BuiltBotIdStamp} is missing.");
        // The id the build was asked for (by -p:BotId, MicrosoftAppId or the zero-GUID default) is in the stamp.
        var botId = File.ReadAllText(AppPackageFiles.BuiltBotIdStamp).Trim();
        var packed = entries["manifest.json"];

        Assert.Matches(ManifestContentTests.Guid, botId);
        Assert.False(packed.AsSpan().StartsWith(Encoding.UTF8.Preamble), "manifest.json must not start with a BOM.");
        var text = Encoding.UTF8.GetString(packed);
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.Equal(botId, (string?)AppPackageFiles.ParseObject(packed)["bots"]?[0]?["botId"]);
        var expected = File.ReadAllText(AppPackageFiles.SourceManifest)
            .Replace(AppPackageFiles.BotIdPlaceholder, botId, StringComparison.Ordinal);
        Assert.Equal(expected, text);
    }
}
