using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence;

public sealed class TraineeBotDbContext(DbContextOptions<TraineeBotDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();

    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();

    public DbSet<Core.Dialogs.DialogRun> DialogRuns => Set<Core.Dialogs.DialogRun>();

    public DbSet<Core.Outbox.OutboxMessage> OutboxMessages => Set<Core.Outbox.OutboxMessage>();

    public DbSet<Core.Scheduling.Schedule> Schedules => Set<Core.Scheduling.Schedule>();

    public DbSet<Core.Scheduling.UserAwayPeriod> UserAwayPeriods => Set<Core.Scheduling.UserAwayPeriod>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TraineeBotDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every instant is stored as UTC ticks: sortable and comparable in SQL on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
