using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Users;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators;

/// <summary>
/// Coordinators come from configuration (<c>Coordinators:People</c>, registered at start) or from an administrator's
/// message; a coordinator added by e-mail is recognised when they write, even if they wrote before being added.
/// </summary>
public sealed class CoordinatorRosterTests
{
    [Fact]
    public async Task Configured_coordinators_are_registered_once_at_start()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = TraineeBotFactory.NewDatabasePath();
        for (var start = 0; start < 2; start++)
        {
            using var bot = new TraineeBotFactory(path).With("Outbox:Enabled", "false")
                .With("Coordinators:People:0:Name", "Lena Ek").With("Coordinators:People:0:Email", "Lena.Ek@example.se")
                .With("Coordinators:People:1:Name", "Utan Adress").With("Coordinators:People:1:Email", "ingen-adress");
            _ = bot.CreateClient();
            await using var db = bot.OpenDatabase();
            var lena = await db.Coordinators.AsNoTracking().SingleAsync(ct);
            Assert.Equal(("Lena Ek", "Lena.Ek@example.se"), (lena.Name, lena.Email));
            Assert.Equal(UserRole.Coordinator, (await db.Users.AsNoTracking().SingleAsync(u => u.Id == lena.UserId, ct)).Role);
        }
    }

    [Fact]
    public async Task An_admin_adds_a_coordinator_who_wrote_before_and_they_are_recognised_on_their_next_message()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = TeamsUser.New("Ada Admin");
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false").With("Coordinators:Admins:0", admin.AadObjectId);
        var lena = TeamsUser.New("Lena Ek");
        bot.Connector.AddMember(lena, "lena.ek@example.se");
        var lenaChat = Conversation.For(bot, lena);
        await lenaChat.Install().ExpectCard("welcome").RunAsync();

        await Conversation.For(bot, admin).Install().ExpectCard("welcome")
            .Send("ny koordinator Lena Ek lena.ek@example.se").ExpectReplyContaining("Klart: Lena Ek (lena.ek@example.se) är koordinator.")
            .Send("ny koordinator Lena Ek LENA.EK@example.se").ExpectReplyContaining("är redan koordinator")
            .Send("ny koordinator Lena Ek").ExpectReplyContaining("Skriv namn och e-post")
            .Send("koordinatorer").ExpectReplyContaining("1 koordinatorer:")
            .RunAsync();

        await lenaChat.Send("status").ExpectCard("coordinator-status").RunAsync();
        await using var db = bot.OpenDatabase();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.ChannelUserId == lena.Id, ct);
        Assert.Equal(UserRole.Coordinator, user.Role);
        Assert.Equal(user.Id, (await db.Coordinators.AsNoTracking().SingleAsync(ct)).UserId);
    }

    [Fact]
    public async Task Only_admins_add_coordinators()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);

        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome")
            .Send("new coordinator Mallory Evil mallory@example.se").ExpectReplyContaining("Bara administratörer kan lägga till koordinatorer.")
            .RunAsync();
        await Conversation.For(bot, f.TraineeUser).Install().Send("ny koordinator Mallory Evil mallory@example.se").RunAsync();

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Coordinators.CountAsync(ct));
    }
}
