using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Trainees.Help;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Trainees.Help;

/// <summary>The bot with a fake clock, the outbox drained by the test and the escalation loop off (the test runs it).</summary>
internal static class HelpTestBed
{
    public static TraineeBotFactory NewBot(DateTimeOffset? start = null) =>
        OutboxTestBed.NewBot(start).With("Help:EscalationEnabled", "false");

    /// <summary>The trainee's coordinator and trainee (who has given consent), both with the app installed (welcomed).</summary>
    public static async Task<(ProgrammeFixture Fixture, Conversation Coordinator, Conversation Trainee)> StartAsync(TraineeBotFactory bot, string locale = "sv-SE")
    {
        // No placement: its start checklist would come into the trainee's chat in the middle of the help flows.
        var fixture = await ProgrammeData.AddAsync(bot.Services, traineeLocale: locale, placementMonths: 0);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IConsents>()
                .RecordAsync(fixture.Trainee.UserId, ConsentDecision.Given, "consent-v1", locale[..2], CancellationToken.None);
        }

        var coordinator = Conversation.For(bot, fixture.CoordinatorUser);
        await coordinator.Install().ExpectCard("welcome");
        var trainee = Conversation.For(bot, fixture.TraineeUser);
        await trainee.Install().ExpectCard("welcome");
        return (fixture, coordinator, trainee);
    }

    /// <summary>Another coordinator (with the app installed); as <paramref name="backupFor"/>'s backup when given.</summary>
    public static async Task<(Coordinator Coordinator, Conversation Conversation)> AddCoordinatorAsync(TraineeBotFactory bot, string name, Coordinator? backupFor = null, string locale = "sv-SE")
    {
        var user = TeamsUser.New(name, locale);
        Coordinator other;
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            other = await scope.ServiceProvider.GetRequiredService<IProgramme>().RegisterCoordinatorAsync(
                new NewPerson(name, null, user.AadObjectId, "08-999 99 99", locale.StartsWith("en", StringComparison.Ordinal) ? "en" : "sv"), null, CancellationToken.None);
        }

        if (backupFor is not null)
        {
            await using var scope = bot.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IProgramme>().SetBackupCoordinatorAsync(backupFor.Id, other.Id, CancellationToken.None);
        }

        var conversation = Conversation.For(bot, user);
        await conversation.Install().ExpectCard("welcome");
        return (other, conversation);
    }

    public static async Task<Case> SingleCaseAsync(this TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.Cases.AsNoTracking().Include(c => c.Messages).SingleAsync();
    }

    public static async Task<int> EscalateAsync(this TraineeBotFactory bot)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseEscalation>().RunOnceAsync(CancellationToken.None);
    }

    public static string InvokeStatus(this Conversation conversation) =>
        conversation.LastInvokeResponse?["statusCode"]?.ToString() ?? "none";
}
