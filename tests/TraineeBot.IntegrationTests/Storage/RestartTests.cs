using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Storage;

public sealed class RestartTests
{
    [Fact]
    public async Task Users_conversation_references_and_seen_activities_survive_a_restart()
    {
        var databasePath = TraineeBotFactory.NewDatabasePath();
        var user = TeamsUser.New("Jonas Berg", "sv-SE");
        var message = Activities.Message(user, "english");
        var ct = TestContext.Current.CancellationToken;

        using (var first = new TraineeBotFactory(databasePath))
        {
            var client = first.CreateClient();
            await client.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct);
            await client.PostActivityAsync(message, cancellationToken: ct);
            Assert.Equal(2, first.Connector.Sent.Count);
        }

        using var second = new TraineeBotFactory(databasePath);
        var restarted = second.CreateClient();

        // The same delivery again, and a repeated install event: neither is acted on twice.
        await restarted.PostActivityAsync(message, cancellationToken: ct);
        await restarted.PostActivityAsync(Activities.InstallationAdd(user), cancellationToken: ct);
        Assert.Empty(second.Connector.Sent);

        // The language chosen before the restart is still the user's.
        await restarted.PostActivityAsync(Activities.Message(user, "help"), cancellationToken: ct);
        Assert.StartsWith("This is what you can write to me", Assert.Single(second.Connector.Sent).Text, StringComparison.Ordinal);

        await using var db = second.OpenDatabase();
        var stored = await db.Users.Include(u => u.Conversations).SingleAsync(u => u.ChannelUserId == user.Id, ct);
        Assert.Equal("Jonas Berg", stored.Name);
        Assert.Equal(user.ConversationId, Assert.Single(stored.Conversations).ConversationId);
    }

    [Fact]
    public async Task The_database_file_is_created_migrated_and_in_WAL_mode()
    {
        var databasePath = TraineeBotFactory.NewDatabasePath();
        using var bot = new TraineeBotFactory(databasePath);
        _ = bot.CreateClient();

        Assert.True(File.Exists(databasePath));
        await using var db = bot.OpenDatabase();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        // Opened through EF, as the bot opens it, so the connection interceptor sets the per-connection pragmas.
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        // Reads are memory-mapped (docs/performance.md: the see-all overview reads thousands of scattered rows).
        command.CommandText = "PRAGMA mmap_size;";
        Assert.Equal(256L * 1024 * 1024, (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }
}
