using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Programme;

/// <summary>
/// A small demo programme (<c>--seed-demo</c>): a coordinator, three trainees and two supervisors, whose Entra object
/// ids match the Agents Playground user configurations in <c>playground/</c>, so each role can be tried at once.
/// Built through <see cref="IProgramme"/>, like any registration; running it again changes nothing.
/// </summary>
public static partial class DemoProgramme
{
    public const string CoordinatorAadObjectId = "00000000-0000-0000-0000-00000000c001";
    public const string AmiraAadObjectId = "00000000-0000-0000-0000-00000000a001";
    public const string AhmedAadObjectId = "00000000-0000-0000-0000-00000000a002";
    public const string ElinAadObjectId = "00000000-0000-0000-0000-00000000a003";
    public const string MariaAadObjectId = "00000000-0000-0000-0000-00000000b001";
    public const string JohanAadObjectId = "00000000-0000-0000-0000-00000000b002";

    /// <summary>The outbox key of the check-in card about Amira the demo puts in Maria's chat.</summary>
    public const string DemoCheckInKey = "demo:supervisor-checkin:amira";

    /// <summary>Seeds the demo programme unless its coordinator exists; returns whether it seeded.</summary>
    public static async Task<bool> SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<TraineeBotDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoProgramme));
        if (await db.Users.AnyAsync(u => u.AadObjectId == CoordinatorAadObjectId && db.Coordinators.Any(c => c.UserId == u.Id), cancellationToken))
        {
            Log.AlreadySeeded(logger);
            return false;
        }

        var programme = provider.GetRequiredService<IProgramme>();
        var today = StockholmTime.Today(provider.GetRequiredService<TimeProvider>());
        var coordinator = await programme.RegisterCoordinatorAsync(
            new NewPerson("Karin Lind", "karin.lind@example.se", CoordinatorAadObjectId, "08-530 610 00"), null, cancellationToken);

        var preschool = await programme.RegisterWorkplaceAsync(new NewWorkplace("Förskolan Solen", "Utbildningsförvaltningen", "Solvägen 1, 147 30 Tumba"), cancellationToken);
        var cleaning = await programme.RegisterWorkplaceAsync(new NewWorkplace("Städ & Fastighet AB", "Extern arbetsgivare", "Industrivägen 12, 145 63 Norsborg"), cancellationToken);
        var maria = await programme.RegisterSupervisorAsync(new NewPerson("Maria Berg", "maria.berg@example.se", MariaAadObjectId, "070-111 22 33"), preschool.Id, cancellationToken);
        var johan = await programme.RegisterSupervisorAsync(new NewPerson("Johan Ek", "johan.ek@example.se", JohanAadObjectId, "070-444 55 66"), cleaning.Id, cancellationToken);

        var amira = await programme.RegisterTraineeAsync(new NewTrainee(
            new NewPerson("Amira Hassan", "amira.hassan@example.se", AmiraAadObjectId), coordinator.Id, 2004, "kvinna", "Utbildningsförvaltningen"), cancellationToken);
        var ahmed = await programme.RegisterTraineeAsync(new NewTrainee(
            new NewPerson("Ahmed Yusuf", "ahmed.yusuf@example.se", AhmedAadObjectId), coordinator.Id, 2002, "man", "Samhällsbyggnadsförvaltningen"), cancellationToken);
        await programme.RegisterTraineeAsync(new NewTrainee(
            new NewPerson("Elin Svensson", "elin.svensson@example.se", ElinAadObjectId), coordinator.Id, 2006, null, "Vård- och omsorgsförvaltningen"), cancellationToken);

        // Amira has worked two months at the preschool; Ahmed starts at the cleaning company next week; Elin waits for a placement.
        var amiraStart = today.AddMonths(-2);
        await programme.CreatePlacementAsync(new NewPlacement(
            amira.Id, preschool.Id, maria.Id, PlacementKind.Internal, amiraStart, amiraStart.AddMonths(12).AddDays(-1),
            Role: "Barnskötare", StartTime: new TimeOnly(8, 0), AskFor: "Maria Berg", Bring: "Id-kort och inneskor", ContractSigned: true), cancellationToken);
        var ahmedStart = today.AddDays(7);
        await programme.CreatePlacementAsync(new NewPlacement(
            ahmed.Id, cleaning.Id, johan.Id, PlacementKind.External, ahmedStart, ahmedStart.AddMonths(6).AddDays(-1),
            Role: "Lokalvårdare", StartTime: new TimeOnly(7, 0), MeetingAddress: "Industrivägen 12, entré B", AskFor: "Johan Ek",
            Bring: "Id-kort och arbetsskor", ContractSigned: false), cancellationToken);

        // Maria's next check-in about Amira is weeks away: the demo puts one in her chat now, so it can be tried at once.
        await provider.GetRequiredService<IOutbox>().EnqueueAsync(new OutboxRequest(
            DemoCheckInKey, maria.UserId, OutboxKinds.Card,
            new JsonObject { ["template"] = CheckInKinds.Supervisor, ["data"] = new JsonObject { ["subjectUserId"] = amira.UserId.ToString() } }.ToJsonString(),
            provider.GetRequiredService<TimeProvider>().GetUtcNow(), ExpireAfter: TimeSpan.FromDays(30)), cancellationToken);
        Log.Seeded(logger);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Demo programme seeded: coordinator Karin Lind, trainees Amira Hassan, Ahmed Yusuf and Elin Svensson, supervisors Maria Berg and Johan Ek (see playground/)")]
        public static partial void Seeded(ILogger logger);

        [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Demo programme already seeded; nothing changed")]
        public static partial void AlreadySeeded(ILogger logger);
    }
}
