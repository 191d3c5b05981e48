using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Matching;

/// <summary>A placement created at a workplace fills its open opening of the same kind; other openings stay open.</summary>
public sealed class OpeningFilledTests : IDisposable
{
    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false");

    [Fact]
    public async Task A_placement_fills_the_earliest_open_opening_of_its_kind_at_its_workplace()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await using var scope = bot.Services.CreateAsyncScope();
        var openings = scope.ServiceProvider.GetRequiredService<IOpenings>();
        var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
        var today = StockholmTime.Today(bot.Services.GetRequiredService<TimeProvider>());
        var library = await programme.RegisterWorkplaceAsync(new NewWorkplace("Biblioteket Tumba"), ct);
        Opening Open(Guid workplace, PlacementKind kind, int daysFromNow) => openings.RegisterAsync(
            new NewOpening(workplace, kind, "preschool", 30, true, "Tumba", 30, [], today.AddDays(daysFromNow), f.Coordinator.Id), ct).GetAwaiter().GetResult();
        var later = Open(f.Workplace.Id, PlacementKind.Internal, 30);
        var earliest = Open(f.Workplace.Id, PlacementKind.Internal, 7);
        var external = Open(f.Workplace.Id, PlacementKind.External, 0);
        var elsewhere = Open(library.Id, PlacementKind.Internal, 0);

        await programme.CreatePlacementAsync(new NewPlacement(
            f.Trainee.Id, f.Workplace.Id, f.Supervisor.Id, PlacementKind.Internal, today.AddDays(7), today.AddDays(7).AddMonths(6).AddDays(-1)), ct);

        await using var db = bot.OpenDatabase();
        var status = await db.Openings.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Status, ct);
        Assert.Equal(OpeningStatus.Filled, status[earliest.Id]);
        Assert.Equal(OpeningStatus.Open, status[later.Id]);
        Assert.Equal(OpeningStatus.Open, status[external.Id]);
        Assert.Equal(OpeningStatus.Open, status[elsewhere.Id]);
    }

    public void Dispose() => bot.Dispose();
}
