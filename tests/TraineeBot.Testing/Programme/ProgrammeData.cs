using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;

namespace TraineeBot.Testing.Programme;

/// <summary>
/// A small programme built through <see cref="IProgramme"/> (as the bot builds it, never with raw SQL): a coordinator,
/// a trainee, a workplace with a supervisor, and optionally a placement; each person with the Teams user that
/// writes as them (matched by Entra object id on their first message).
/// </summary>
public sealed record ProgrammeFixture(
    Coordinator Coordinator,
    TeamsUser CoordinatorUser,
    Trainee Trainee,
    TeamsUser TraineeUser,
    Workplace Workplace,
    Supervisor Supervisor,
    TeamsUser SupervisorUser,
    Placement? Placement);

public static class ProgrammeData
{
    /// <param name="placementStart">The placement's first day; null = today (Stockholm) + 7 days.</param>
    /// <param name="placementMonths">Its length; 0 = no placement.</param>
    public static async Task<ProgrammeFixture> AddAsync(
        IServiceProvider services,
        string traineeName = "Amira Hassan",
        string traineeLocale = "sv-SE",
        DateOnly? placementStart = null,
        int placementMonths = 6,
        PlacementKind kind = PlacementKind.Internal)
    {
        await using var scope = services.CreateAsyncScope();
        var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var coordinatorUser = TeamsUser.New("Karin Lind");
        var traineeUser = TeamsUser.New(traineeName, traineeLocale);
        var supervisorUser = TeamsUser.New("Maria Berg");

        var coordinator = await programme.RegisterCoordinatorAsync(
            new NewPerson(coordinatorUser.Name, "karin.lind@example.se", coordinatorUser.AadObjectId, "08-123 45 67"), null, CancellationToken.None);
        var trainee = await programme.RegisterTraineeAsync(
            new NewTrainee(new NewPerson(traineeName, null, traineeUser.AadObjectId, Language: traineeLocale.StartsWith("en", StringComparison.Ordinal) ? "en" : "sv"),
                coordinator.Id, BirthYear: 2005, HomeDepartment: "Förskoleförvaltningen"), CancellationToken.None);
        var workplace = await programme.RegisterWorkplaceAsync(new NewWorkplace("Förskolan Solen", "Förskoleförvaltningen", "Solvägen 1, Tumba"), CancellationToken.None);
        var supervisor = await programme.RegisterSupervisorAsync(
            new NewPerson(supervisorUser.Name, "maria.berg@example.se", supervisorUser.AadObjectId, "070-111 22 33"), workplace.Id, CancellationToken.None);

        Placement? placement = null;
        if (placementMonths > 0)
        {
            var start = placementStart ?? StockholmTime.Today(time).AddDays(7);
            placement = await programme.CreatePlacementAsync(new NewPlacement(
                trainee.Id, workplace.Id, supervisor.Id, kind, start, start.AddMonths(placementMonths).AddDays(-1),
                Role: "Barnskötare", StartTime: new TimeOnly(8, 0), AskFor: supervisorUser.Name, Bring: "Id-kort och inneskor",
                ContractSigned: true), CancellationToken.None);
        }

        return new ProgrammeFixture(coordinator, coordinatorUser, trainee, traineeUser, workplace, supervisor, supervisorUser, placement);
    }
}
