using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Registration;
using TraineeBot.Core.Users;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Conversations;

/// <summary>
/// People a coordinator registered by e-mail only (no directory, so no Entra id) are recognised when they first write:
/// the bot asks the connector for the member's e-mail and they become the registered trainee or supervisor.
/// </summary>
public sealed class RecognitionByEmailTests : IDisposable
{
    private const string Csv = "namn;e-post;arbetsplats;handledare;handledare_epost;typ;start;slut\n"
        + "Sara Nilsson;sara.nilsson@example.se;Biblioteket Tumba;Per Holm;per.holm@example.se;intern;2027-01-11;2027-06-30\n";

    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false");

    [Fact]
    public async Task A_trainee_registered_by_email_is_recognised_on_their_first_message()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await ImportAsync(f.Coordinator.Id);
        var sara = TeamsUser.New("Sara Nilsson");
        bot.Connector.AddMember(sara, "SARA.Nilsson@example.se");

        await Conversation.For(bot, sara).Install().ExpectCard("consent").RunAsync();

        await using var db = bot.OpenDatabase();
        var trainee = await db.Trainees.AsNoTracking().SingleAsync(t => t.Email == "sara.nilsson@example.se", ct);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.ChannelUserId == sara.Id, ct);
        Assert.Equal(trainee.UserId, user.Id);
        Assert.Equal((UserRole.Trainee, sara.AadObjectId), (user.Role, user.AadObjectId));
        Assert.Equal(1, await db.ConversationReferences.CountAsync(c => c.ConversationId == sara.ConversationId && c.UserId == user.Id, ct));
        Assert.False(await db.Users.AnyAsync(u => u.Role == UserRole.Unassigned, ct));
    }

    [Fact]
    public async Task A_supervisor_registered_by_email_is_recognised_and_the_next_writer_with_that_email_is_not()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await ImportAsync(f.Coordinator.Id);
        var per = TeamsUser.New("Per Holm");
        bot.Connector.AddMember(per, "per.holm@example.se");
        await Conversation.For(bot, per).Install().RunAsync();

        // Someone else whose Teams account has the same address later: the supervisor is already claimed.
        var other = TeamsUser.New("Per Holm");
        bot.Connector.AddMember(other, "per.holm@example.se");
        await Conversation.For(bot, other).Install().ExpectCard("welcome").RunAsync();

        await using var db = bot.OpenDatabase();
        var supervisor = await db.Supervisors.AsNoTracking().SingleAsync(s => s.Email == "per.holm@example.se", ct);
        Assert.Equal(per.Id, (await db.Users.AsNoTracking().SingleAsync(u => u.Id == supervisor.UserId, ct)).ChannelUserId);
        Assert.Equal(UserRole.Unassigned, (await db.Users.AsNoTracking().SingleAsync(u => u.ChannelUserId == other.Id, ct)).Role);
    }

    [Fact]
    public async Task Someone_teams_does_not_know_is_welcomed_as_new()
    {
        var ct = TestContext.Current.CancellationToken;
        await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var stranger = TeamsUser.New("Okänd Person");

        await Conversation.For(bot, stranger).Install().ExpectCard("welcome").RunAsync();

        await using var db = bot.OpenDatabase();
        Assert.Equal(UserRole.Unassigned, (await db.Users.AsNoTracking().SingleAsync(u => u.ChannelUserId == stranger.Id, ct)).Role);
        Assert.Contains(bot.Connector.MemberLookups, r => r.Uri.AbsolutePath.EndsWith("/members/" + Uri.EscapeDataString(stranger.Id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Teams_is_not_asked_who_someone_is_when_nobody_registered_waits_to_be_recognised()
    {
        var ct = TestContext.Current.CancellationToken;
        var stranger = TeamsUser.New("Okänd Person");

        await Conversation.For(bot, stranger).Install().ExpectCard("welcome").Send("english").ExpectReply(_ => { }).RunAsync();

        await using var db = bot.OpenDatabase();
        Assert.Equal(UserRole.Unassigned, (await db.Users.AsNoTracking().SingleAsync(u => u.ChannelUserId == stranger.Id, ct)).Role);
        Assert.Empty(bot.Connector.MemberLookups);
    }

    public void Dispose() => bot.Dispose();

    private async Task ImportAsync(Guid coordinatorId)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ITraineeImport>().ImportAsync(Csv, coordinatorId, dryRun: false, "sv", TestContext.Current.CancellationToken);
        Assert.True(report.Written, report.Describe("en"));
    }
}
