using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Dialogs;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Dialogs;

/// <summary>A question is a data change: edit the YAML, restart, and users are asked it — no code involved.</summary>
public sealed class DialogsAsDataTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("traineebot-dialogs-").FullName;

    [Fact]
    public async Task A_question_added_to_the_yaml_is_asked()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "feedback.yaml"));
        var added = yaml.Replace("  - id: more\n", """
              - id: favourite
                kind: choice
                prompt: { sv: Vilken del av TraineeBot använder du mest?, en: Which part of TraineeBot do you use most? }
                options:
                  - { value: checkins, label: { sv: Uppföljningarna, en: The check-ins } }
                  - { value: help, label: { sv: Hjälpen, en: The help } }

              - id: more

            """.Replace("            ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("version: 1", "version: 2", StringComparison.Ordinal);
        Assert.NotEqual(yaml, added);
        File.WriteAllText(Path.Combine(folder, "feedback.yaml"), added);
        using var bot = new TraineeBotFactory().With("Dialogs:Path", folder);

        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("tyck till").ExpectCard(DialogCards.Question)
            .Send("4").ExpectCard(DialogCards.Question, card => Assert.Contains("Vilken del av TraineeBot använder du mest?", card.VisibleText(), StringComparison.Ordinal))
            .Send("hjälpen").ExpectCard(DialogCards.Question, card => Assert.Contains("Vill du skriva något mer?", card.VisibleText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_open_when_the_questions_change_goes_on_with_the_new_version_and_keeps_its_answers()
    {
        var databasePath = TraineeBotFactory.NewDatabasePath();
        var user = TeamsUser.New();
        var v1 = File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "feedback.yaml"));
        File.WriteAllText(Path.Combine(folder, "feedback.yaml"), v1);
        using (var before = new TraineeBotFactory(databasePath).With("Dialogs:Path", folder))
        {
            await Conversation.For(before, user)
                .Install().ExpectCard("welcome")
                .Send("tyck till").ExpectCard(DialogCards.Question)
                .Send("4").ExpectCard(DialogCards.Question);
        }

        var v2 = v1.Replace("version: 1", "version: 2", StringComparison.Ordinal)
            .Replace("Vill du skriva något mer?", "Har du något mer att säga?", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "feedback.yaml"), v2);
        using var after = new TraineeBotFactory(databasePath).With("Dialogs:Path", folder);

        await Conversation.For(after, user)
            .Send("nej").ExpectReply(_ => { })
            .ExpectCard(DialogCards.Question, card => Assert.Contains("Har du något mer att säga?", card.VisibleText(), StringComparison.Ordinal))
            .Send("nej").ExpectCard(DialogCards.Question)
            .Send("nej").ExpectCard(DialogCards.Summary, card => Assert.Contains("4 – Ganska lätt", card.VisibleText(), StringComparison.Ordinal));

        await using var db = after.OpenDatabase();
        var run = await db.DialogRuns.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, run.DefinitionVersion);
    }

    [Fact]
    public void An_invalid_definition_stops_the_bot_from_starting_and_says_where_and_what()
    {
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), """
            id: broken
            version: 1
            title: { sv: Trasig }
            steps:
              - id: q1
                kind: sliders
                prompt: { sv: Fråga }
            end: [launch-rockets]
            """);
        using var bot = new TraineeBotFactory().With("Dialogs:Path", folder);

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var message = error.ToString();
        Assert.Contains("broken.yaml", message, StringComparison.Ordinal);
        Assert.Contains("sliders", message, StringComparison.Ordinal);
        Assert.Contains("launch-rockets", message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
