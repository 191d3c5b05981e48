using System.Net;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Endpoint;

public sealed class HealthTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_and_reveal_nothing_else(string path)
    {
        var response = await bot.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_cannot_be_reached()
    {
        var response = await bot.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Replace the database file by a folder: the connection can no longer open it.
        await using (var db = bot.OpenDatabase())
        {
            await db.Database.CloseConnectionAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(bot.DatabasePath)!, Path.GetFileName(bot.DatabasePath) + "*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(bot.DatabasePath);
        var broken = await bot.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var live = await bot.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.Equal("Unhealthy", await broken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    public void Dispose() => bot.Dispose();
}
