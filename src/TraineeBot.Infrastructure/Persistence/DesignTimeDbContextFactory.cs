using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TraineeBot.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TraineeBotDbContext>
{
    public TraineeBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TraineeBotDbContext>().UseSqlite(StorageOptions.DefaultConnectionString).Options);
}
