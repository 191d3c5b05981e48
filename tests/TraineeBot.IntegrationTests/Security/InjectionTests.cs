using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Cards;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Security;

/// <summary>
/// Issue 9, injection: names and free texts with Adaptive Card markdown, <c>${…}</c> template syntax, SQL, RTL override and
/// zero-width characters, and very long text are stored byte for byte and shown literally on the coordinator's cards: no
/// template expansion, no markdown link or formatting made from the user's text (it is escaped, see
/// <see cref="MarkdownText"/>, so what Teams shows is the text as typed).
/// </summary>
public sealed partial class InjectionTests : IDisposable
{
    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false");

    /// <summary>One payload per class; each would change if it were expanded or read as markdown.</summary>
    public static TheoryData<string, string> Payloads() => new()
    {
        { "markdown", "**Fet** _kursiv_ [Klicka här](https://evil.example) # rubrik" },
        { "markdown-line", "# Rubrik" },
        { "template", "${traineeId} ${$root.title} ${if(true, 'x', 'y')}" },
        { "template-escape", "\\${traineeId} `${title}`" },
        { "sql", "Robert'); DROP TABLE Trainees; --" },
        { "unicode", "\u202EnassaH arimA\u200B\u200C\u200D\uFEFF Åsa" },
        { "long", string.Concat(Enumerable.Repeat("Åsa-Märta [x](y) ${title} ", 8))[..120] },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_trainees_name_is_stored_as_typed_and_shown_literally_on_the_coordinators_status_card(string kind, string name)
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var karin = Conversation.For(bot, f.CoordinatorUser);
        var email = $"injection.{kind}@example.se";

        await karin.Install().ExpectCard("welcome")
            .ExecuteCard("registration.submit", new Dictionary<string, object>
            {
                ["name"] = name,
                ["email"] = email,
                ["birth-year"] = 2005,
                ["support-needs"] = name,
                ["workplace"] = "Förskolan Solen",
                ["supervisor"] = "Maria Berg",
                ["supervisor-email"] = "maria.berg@example.se",
                ["kind"] = "internal",
                ["start"] = "2027-01-11",
                ["end"] = "2027-06-30",
                ["role"] = "Barnskötare",
            });

        await using var db = bot.OpenDatabase();
        var trainee = await db.Trainees.AsNoTracking().SingleOrDefaultAsync(t => t.Email == email, ct);
        Assert.True(trainee is not null, $"not registered; the card said: {karin.LastInvokeResponse?["value"]?.VisibleText()}");
        var stored = trainee.Name == name && trainee.SupportNeeds == name;
        Assert.Equal(name, trainee.Name);
        Assert.Equal(name, trainee.SupportNeeds);

        await karin.ExecuteCard("coordinator.trainee", new { traineeId = trainee.Id.ToString() });
        var card = karin.LastInvokeResponse!["value"]!.AsObject();
        var title = FirstText(card);
        var shown = MarkdownText.Unescape(title) == name && !HasMarkdown(title) && !card.ToJsonString().Contains(trainee.Id + " ", StringComparison.Ordinal);
        Report(kind, name, stored, shown);
        Assert.Equal(name, MarkdownText.Unescape(title));
        Assert.False(HasMarkdown(title), title);
        Assert.DoesNotContain(trainee.Id + " ", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_supervisors_concern_is_stored_as_typed_and_shown_literally_on_the_red_flag_and_status_cards(string kind, string concern)
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("concerns", concern)));
        await bed.RunUntilAsync(bed.Now + TimeSpan.FromMinutes(1));

        var answers = JsonNode.Parse(Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor)).AnswersJson!)!;
        var stored = answers["concerns"]?.GetValue<string>() == concern;
        Assert.Equal(concern, answers["concerns"]?.GetValue<string>());
        var flag = Assert.Single(await bed.CasesAsync());
        Assert.Contains(concern, flag.Messages[0].Text, StringComparison.Ordinal);

        var flagCard = Assert.Single(bed.CardsTo(bed.Coordinator, "supervisor-flag")).Card();
        var reason = Assert.Single(Texts(flagCard), t => MarkdownText.Unescape(t).StartsWith("- Oro: ", StringComparison.Ordinal));
        var answerLine = Assert.Single(Texts(flagCard), t => MarkdownText.Unescape(t).EndsWith(concern, StringComparison.Ordinal) && !t.StartsWith("- ", StringComparison.Ordinal));

        var (_, response) = await bed.ExecuteAsync(bed.Coordinator, "coordinator.trainee", new JsonObject { ["traineeId"] = bed.Programme.Trainee.Id.ToString() });
        // The status card shows the supervisor's last answer and the open red-flag case.
        var statusLines = Texts(response["value"]!).Where(t => MarkdownText.Unescape(t).EndsWith(concern, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, statusLines.Count);
        var statusAnswer = Assert.Single(statusLines, t => t.StartsWith("Något som oroar dig? (frivilligt): ", StringComparison.Ordinal));
        var statusCase = Assert.Single(statusLines, t => t.StartsWith("Röd flagga", StringComparison.Ordinal));

        // The user's part of each text (after our "- Oro: ", "**Oro**: ", "Oro: "), and the text as Teams reads it for markdown.
        var user = new[] { reason["- Oro: ".Length..], answerLine[(answerLine.IndexOf("**: ", StringComparison.Ordinal) + 4)..],
            statusAnswer["Något som oroar dig? (frivilligt): ".Length..], statusCase[(statusCase.IndexOf(": Oro: ", StringComparison.Ordinal) + 7)..] };
        var whole = new[] { reason[2..], statusAnswer, statusCase };
        var shown = user.All(u => MarkdownText.Unescape(u) == concern && !HasMarkdown(u, lineStart: false)) && whole.All(w => !HasMarkdown(w));
        Report("concern " + kind, concern, stored, shown);
        Assert.All(user, u => Assert.Equal(concern, MarkdownText.Unescape(u)));
        Assert.All(user, u => Assert.False(HasMarkdown(u, lineStart: false), u));
        Assert.All(whole, w => Assert.False(HasMarkdown(w), w));
    }

    public void Dispose() => bot.Dispose();

    /// <summary>Markdown that Teams would act on: an unescaped link, emphasis, code, strike-through or a line-start marker.</summary>
    private static bool HasMarkdown(string text, bool lineStart = true) =>
        UnescapedLink().IsMatch(text) || UnescapedEmphasis().IsMatch(text) || (lineStart && LineMarker().IsMatch(text));

    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex UnescapedLink();

    [GeneratedRegex(@"(?<!\\)[*_`~<]")]
    private static partial Regex UnescapedEmphasis();

    [GeneratedRegex(@"(?m)^\s*([#>+-]|\d+[.)])")]
    private static partial Regex LineMarker();

    private static string FirstText(JsonNode card) => Texts(card).First();

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "TextBlock" => [obj["text"]!.GetValue<string>()],
        JsonObject obj => obj.SelectMany(p => Texts(p.Value)),
        JsonArray array => array.SelectMany(Texts),
        _ => [],
    };

    private static string Visible(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"\\u{(int)c:X4}" : c.ToString()));

    private static void Report(string kind, string payload, bool stored, bool shown)
    {
        var visible = payload.Length > 40 ? payload[..40] + $"… ({payload.Length})" : payload;
        TestContext.Current.TestOutputHelper?.WriteLine($"| {kind} | {Visible(visible)} | stored {(stored ? "ok" : "CHANGED")} | shown {(shown ? "literally" : "NOT literally")} |");
        Console.WriteLine($"INJECTION | {kind} | {Visible(visible)} | stored {(stored ? "ok" : "CHANGED")} | shown {(shown ? "literally" : "NOT literally")} |");
    }
}
