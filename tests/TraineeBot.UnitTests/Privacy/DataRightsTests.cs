using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.Core.Privacy.DataRights;

namespace TraineeBot.UnitTests.Privacy;

public sealed class DataRightsPhrasesTests
{
    [Theory]
    [InlineData("mina uppgifter", DataRightsRequest.Export)]
    [InlineData("Vad vet du om mig?", DataRightsRequest.Export)]
    [InlineData("My data", DataRightsRequest.Export)]
    [InlineData("Radera mina uppgifter!", DataRightsRequest.Erase)]
    [InlineData("delete my data", DataRightsRequest.Erase)]
    [InlineData("Återkalla samtycke", DataRightsRequest.WithdrawConsent)]
    [InlineData("jag återkallar mitt samtycke", DataRightsRequest.WithdrawConsent)]
    [InlineData("Withdraw my consent.", DataRightsRequest.WithdrawConsent)]
    [InlineData("samtycke", DataRightsRequest.None)]
    [InlineData("radera", DataRightsRequest.None)]
    [InlineData("mina uppgifter är fel", DataRightsRequest.None)]
    public void Whole_messages_are_recognised_regardless_of_case_accents_and_punctuation(string text, DataRightsRequest expected) =>
        Assert.Equal(expected, DataRightsPhrases.Parse(text));
}

public sealed class TraineeExportFilesTests
{
    private static TraineeDataExport Export(string language) => new(
        Guid.Parse("0195a7a0-0000-7000-8000-000000000001"),
        "Åsa <script>alert(1)</script>",
        language,
        new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero),
        [.. TraineeDataExport.SectionKeys.Select(key => new ExportSection(key, key switch
        {
            "trainee" => [new ExportRow([new("name", JsonValue.Create("Åsa <script>alert(1)</script>")), new("birthYear", JsonValue.Create(2005))])],
            "checkIns" => [new ExportRow([new("answers", JsonNode.Parse("""{"difficulty":"<img src=x onerror=alert(1)>","support":4}"""))])],
            _ => [],
        }))]);

    [Theory]
    [InlineData("sv", "Uppgifter om", "Ärenden", "(inga)")]
    [InlineData("en", "Data about", "Cases", "(none)")]
    public void The_HTML_file_has_a_table_per_section_in_the_trainees_language_with_everything_encoded(string language, string title, string cases, string none)
    {
        var html = Encoding.UTF8.GetString(TraineeExportFiles.Html(Export(language)));

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title} Åsa &lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2>{cases}</h2>\n<p>{none}</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TraineeDataExport.SectionKeys.Count, html.Split("<h2>").Length - 1);
        Assert.Equal(2, html.Split("<table>").Length - 1);
    }

    [Fact]
    public void The_JSON_file_has_every_section_with_stored_JSON_as_JSON()
    {
        using var json = JsonDocument.Parse(TraineeExportFiles.Json(Export("sv")));
        var sections = json.RootElement.GetProperty("sections");

        Assert.Equal(TraineeDataExport.SectionKeys, sections.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Åsa <script>alert(1)</script>", sections.GetProperty("trainee")[0].GetProperty("name").GetString());
        Assert.Equal(4, sections.GetProperty("checkIns")[0].GetProperty("answers").GetProperty("support").GetInt32());
        Assert.Equal("mina-uppgifter-2026-11-23", TraineeExportFiles.FileStem(Export("sv")));
        Assert.Equal("my-data-2026-11-23", TraineeExportFiles.FileStem(Export("en")));
    }
}
