using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>
/// Rules for manifest/manifest.json and its localization that the schema does not (or not as tightly) enforce:
/// the limits Teams documents, the version and schema agreement, and what must stay fixed.
/// </summary>
public sealed partial class ManifestContentTests
{
    internal const string Guid = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

    private static readonly JsonObject Source = AppPackageFiles.ReadObject(AppPackageFiles.SourceManifest);

    private static JsonObject Bot => Source["bots"]![0]!.AsObject();

    private static JsonArray Commands => Bot["commandLists"]![0]!["commands"]!.AsArray();

    [Fact]
    public void Schema_url_names_the_same_version_as_manifestVersion()
    {
        var schemaUrl = (string?)Source["$schema"] ?? "";
        var match = SchemaUrl().Match(schemaUrl);

        Assert.True(match.Success, $"Unexpected $schema: {schemaUrl}");
        Assert.Equal((string?)Source["manifestVersion"], match.Groups["version"].Value);
        Assert.Equal(AppPackageFiles.SchemaVersion, (string?)Source["manifestVersion"]);
    }

    [Fact]
    public async Task Manifest_uses_the_newest_schema_that_the_npm_package_ships()
    {
        await NodeTooling.EnsureInstalledAsync(TestContext.Current.CancellationToken);
        var teams = AppPackageFiles.TeamsSchemas;
        var newest = Directory.GetDirectories(teams)
            .Select(d => SchemaFolder().Match(Path.GetFileName(d)))
            .Where(m => m.Success && File.Exists(Path.Combine(teams, m.Value, "MicrosoftTeams.schema.json")))
            .Select(m => new Version(m.Groups["version"].Value))
            .Max();

        Assert.True(newest is not null, $"No v1.NN schema folders under {teams}.");
        Assert.True(newest.ToString() == AppPackageFiles.SchemaVersion,
            $"@microsoft/app-manifest ships schema v{newest}; move manifest.json, en.json and " +
            $"AppPackageFiles.SchemaVersion from v{AppPackageFiles.SchemaVersion} to it (and check the changes).");
    }

    [Fact]
    public void Version_is_plain_semver()
    {
        // Teams wants MAJOR.MINOR.PATCH; pre-release and build suffixes are not accepted on upload.
        Assert.Matches("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", (string?)Source["version"] ?? "");
    }

    [Fact]
    public void App_id_is_the_fixed_guid_and_the_bot_id_stays_a_placeholder()
    {
        Assert.Equal(AppPackageFiles.AppId, (string?)Source["id"]);
        // The real bot id comes in at build time (-p:BotId); none is committed.
        Assert.Equal(AppPackageFiles.BotIdPlaceholder, (string?)Bot["botId"]);
    }

    [Fact]
    public void Bot_is_a_conversational_personal_bot_that_takes_files()
    {
        Assert.Single(Source["bots"]!.AsArray());
        Assert.Contains("personal", Bot["scopes"]!.AsArray().Select(s => (string?)s));
        // Coordinators send CSV files to import (docs/coordinators/import.md).
        Assert.True((bool?)Bot["supportsFiles"]);
        Assert.False((bool?)Bot["isNotificationOnly"]);
        var list = Bot["commandLists"]!.AsArray();
        Assert.Single(list);
        Assert.Contains("personal", list[0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.InRange(Commands.Count, 1, 12);
    }

    [Fact]
    public void Commands_offer_help_and_both_languages()
    {
        Assert.Equal(["hjälp", "english", "svenska"], Commands.Select(c => (string?)c!["title"]));
        Assert.Equal(["help", "english", "svenska"],
            Enumerable.Range(0, Commands.Count).Select(i => English($"bots[0].commandLists[0].commands[{i}].title")));
    }

    [Fact]
    public void Default_language_is_Swedish_with_an_English_file()
    {
        var info = Source["localizationInfo"]!;
        Assert.Equal("sv-SE", (string?)info["defaultLanguageTag"]);
        var english = Assert.Single(info["additionalLanguages"]!.AsArray());
        Assert.Equal("en", (string?)english!["languageTag"]);
        Assert.Equal("en.json", (string?)english["file"]);
        Assert.True(File.Exists(AppPackageFiles.SourceLocalization));
    }

    public static TheoryData<string> Languages => ["sv", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Texts_fit_the_limits_Teams_documents(string language)
    {
        string Text(string manifestPath, string localizationKey) => language == "sv"
            ? (string?)Select(Source, manifestPath) ?? ""
            : English(localizationKey) ?? (string?)Select(Source, manifestPath) ?? "";

        AssertLength(Text("name.short", "name.short"), 1, 30, "name.short");
        AssertLength(Text("name.full", "name.full"), 1, 100, "name.full");
        AssertLength(Text("description.short", "description.short"), 1, 80, "description.short");
        AssertLength(Text("description.full", "description.full"), 1, 4000, "description.full");
        for (var i = 0; i < Commands.Count; i++)
        {
            var prefix = $"bots[0].commandLists[0].commands[{i}]";
            AssertLength(Text($"bots.0.commandLists.0.commands.{i}.title", $"{prefix}.title"), 1, 32, $"{prefix}.title");
            AssertLength(Text($"bots.0.commandLists.0.commands.{i}.description", $"{prefix}.description"), 1, 128,
                $"{prefix}.description");
        }
    }

    [Fact]
    public void English_file_translates_every_command()
    {
        for (var i = 0; i < Commands.Count; i++)
        {
            Assert.False(string.IsNullOrWhiteSpace(English($"bots[0].commandLists[0].commands[{i}].title")));
            Assert.False(string.IsNullOrWhiteSpace(English($"bots[0].commandLists[0].commands[{i}].description")));
        }
    }

    [Fact]
    public void Icons_are_the_two_packaged_files()
    {
        Assert.Equal("color.png", (string?)Source["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)Source["icons"]!["outline"]);
        Assert.True(File.Exists(AppPackageFiles.SourceIcon("color.png")));
        Assert.True(File.Exists(AppPackageFiles.SourceIcon("outline.png")));
    }

    private static string? English(string key) =>
        (string?)AppPackageFiles.ReadObject(AppPackageFiles.SourceLocalization)[key];

    /// <summary>Follows a dotted path such as <c>bots.0.commandLists.0.commands.1.title</c>.</summary>
    private static JsonNode? Select(JsonNode node, string path) =>
        path.Split('.').Aggregate<string, JsonNode?>(node, (current, step) =>
            int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? current?.AsArray()[index]
                : current?[step]);

    private static void AssertLength(string text, int min, int max, string what) =>
        Assert.True(text.Length >= min && text.Length <= max,
            $"{what} is {text.Length} characters, wants {min}..{max}: \"{text}\"");

    [GeneratedRegex(@"^https://developer\.microsoft\.com/json-schemas/teams/v(?<version>\d+\.\d+)/MicrosoftTeams\.schema\.json$")]
    private static partial Regex SchemaUrl();

    [GeneratedRegex(@"^v(?<version>\d+\.\d+)$")]
    private static partial Regex SchemaFolder();
}
