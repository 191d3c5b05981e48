using System.Text.RegularExpressions;
using System.Xml.Linq;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Localization;

/// <summary>Every feature's texts (a Swedish <c>X.resx</c> and English <c>X.en.resx</c> under <c>src/</c>) are complete in both languages.</summary>
public sealed partial class ResourcePairsTests
{
    public static TheoryData<string> SwedishFiles() => new(
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Path.GetFileName(p).EndsWith(".en.resx", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SwedishFiles))]
    public void Each_text_exists_in_English_with_the_same_placeholders(string swedishFile)
    {
        var swedish = Texts(Path.Combine(RepositoryPaths.Root, swedishFile));
        var englishFile = Path.Combine(RepositoryPaths.Root, swedishFile[..^".resx".Length] + ".en.resx");
        Assert.True(File.Exists(englishFile), $"{swedishFile} has no English twin");
        var english = Texts(englishFile);

        Assert.Equal(swedish.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in swedish)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{swedishFile}: '{key}' is empty");
            Assert.False(string.IsNullOrWhiteSpace(english[key]), $"English '{key}' is empty");
            Assert.True(Placeholders(text).SequenceEqual(Placeholders(english[key])), $"'{key}' has other placeholders in English");
        }
    }

    private static Dictionary<string, string> Texts(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
