using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators;

/// <summary>A coordinator pastes a CSV in the chat: imported all or nothing into their caseload; nobody else can.</summary>
public sealed class CsvImportChatTests : IDisposable
{
    private const string Valid = "\uFEFFnamn;e-post;födelseår;arbetsplats;handledare;handledare_epost;typ;start;slut\n"
        + "Sara Ali;sara.ali@example.se;2005;Biblioteket Tumba;Per Holm;per.holm@example.se;intern;2027-01-11;2027-06-30\n"
        + "Omar Said;omar.said@example.se;2003;;;;;;\n";

    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false");

    [Fact]
    public async Task A_valid_csv_registers_everyone_in_the_coordinators_caseload()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);

        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome")
            .Send(Valid).ExpectReply("Klart: 2 traineer registrerade, 1 traineeplatser, 1 nya arbetsplatser och 1 nya handledare.");

        await using var db = bot.OpenDatabase();
        var imported = await db.Trainees.AsNoTracking().Where(t => t.Name == "Sara Ali" || t.Name == "Omar Said").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, imported.Count);
        Assert.All(imported, t => Assert.Equal(f.Coordinator.Id, t.CoordinatorId));
    }

    [Fact]
    public async Task A_csv_with_a_bad_row_writes_nothing_and_says_which_row_and_why()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var bad = Valid.Replace("2027-06-30", "2028-12-31", StringComparison.Ordinal);

        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome")
            .Send(bad).ExpectReply(reply =>
            {
                Assert.StartsWith("Inget har sparats: 1 rader har 1 fel.", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Rad 2", reply.Text, StringComparison.OrdinalIgnoreCase);
            });

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Trainees.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_trainee_pasting_a_csv_imports_nothing()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);

        await Conversation.For(bot, f.TraineeUser).Install().Send(Valid).RunAsync();

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Trainees.CountAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => bot.Dispose();
}
