using System.Text.Json.Nodes;
using TraineeBot.Core.Dialogs;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Dialogs;

/// <summary>A form step: several questions answered at once in one card, validated field by field.</summary>
public sealed class FormStepTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("traineebot-dialogs-").FullName;
    private readonly TraineeBotFactory bot;

    public FormStepTests()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "TraineeBot.UnitTests", "Dialogs", "Fixtures", "form-example.yaml"))
            .Replace("end: [notify-coordinator]", "end: [thank-user]", StringComparison.Ordinal)
            .Replace("version: 1", "version: 1\ntriggers: [avstämning]", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "form-example.yaml"), yaml);
        bot = new TraineeBotFactory().WithFakeClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)).With("Dialogs:Path", folder);
    }

    [Fact]
    public async Task Invalid_fields_come_back_with_their_problems_and_the_valid_values_kept()
    {
        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("avstämning").ExpectCard(DialogCards.Form, card =>
                Assert.Equal(["attendance", "tasks", "hours", "next-meeting", "extend", "note"], InputIds(card)))
            .SubmitCard(new Dictionary<string, string>
            {
                ["attendance"] = "4",
                ["tasks"] = "kitchen,cleaning",
                ["hours"] = "55",
                ["next-meeting"] = "2026-11-01",
                ["extend"] = "ja",
                ["note"] = "",
                ["dialog"] = "supervisor-checkin",
            })
            .ExpectCard(DialogCards.Form, card =>
            {
                var inputs = Inputs(card);
                Assert.Equal("kitchen,cleaning", inputs["tasks"]["value"]!.GetValue<string>());
                Assert.Equal("4", inputs["attendance"]["value"]!.GetValue<string>());
                var text = card.VisibleText();
                Assert.Contains("40", text, StringComparison.Ordinal); // the hours problem names the limit
            })
            .SubmitCard(new Dictionary<string, string>
            {
                ["attendance"] = "4",
                ["tasks"] = "kitchen,cleaning",
                ["hours"] = "20",
                ["next-meeting"] = "2026-11-30",
                ["extend"] = "ja",
                ["note"] = "",
                ["dialog"] = "supervisor-checkin",
            })
            .ExpectCard(DialogCards.Question, card => Assert.Contains("Finns det något som oroar dig?", card.VisibleText(), StringComparison.Ordinal));
    }

    private static List<string> InputIds(JsonObject card) => [.. Inputs(card).Keys];

    private static Dictionary<string, JsonObject> Inputs(JsonObject card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => o["id"]!.GetValue<string>());

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    public void Dispose()
    {
        bot.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
