using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Hosting;

/// <summary>Ready only when the database answers. Reports no data, only healthy or not.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<TraineeBotDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unavailable");
    }
}
