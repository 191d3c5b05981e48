using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TraineeBot.Dialogs;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Dialogs;

public sealed partial class DialogTextsTests
{
    public static TheoryData<string> Keys() =>
        new(typeof(DialogTextKey).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!));

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_engine_text_exists_in_Swedish_and_English_with_the_same_placeholders(string key)
    {
        var swedish = DialogTexts.Get("sv", key);
        var english = DialogTexts.Get("en", key);

        Assert.False(string.IsNullOrWhiteSpace(swedish));
        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(swedish, english);
        Assert.Equal(Placeholders(swedish), Placeholders(english));
    }

    [Fact]
    public void The_resource_files_have_the_same_keys_and_no_key_without_a_name_in_code()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "TraineeBot.Dialogs", "Localization");
        var swedish = ResourceKeys(Path.Combine(folder, "DialogTexts.resx"));
        var english = ResourceKeys(Path.Combine(folder, "DialogTexts.en.resx"));

        Assert.Equal(swedish, english);
        Assert.Equal(swedish, Keys().Select(row => row.Data).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_languages_get_Swedish()
    {
        Assert.Equal(DialogTexts.Get("sv", DialogTextKey.AnswerYes), DialogTexts.Get("fi", DialogTextKey.AnswerYes));
        Assert.Equal(DialogTexts.Get("en", DialogTextKey.AnswerYes), DialogTexts.Get("en-US", DialogTextKey.AnswerYes));
    }

    private static string[] ResourceKeys(string path) =>
        [.. XDocument.Load(path).Root!.Elements("data").Select(e => e.Attribute("name")!.Value).Order(StringComparer.Ordinal)];

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
