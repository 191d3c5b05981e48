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

    public DbSet<Core.Programme.Coordinator> Coordinators => Set<Core.Programme.Coordinator>();

    public DbSet<Core.Programme.Trainee> Trainees => Set<Core.Programme.Trainee>();

    public DbSet<Core.Programme.Workplace> Workplaces => Set<Core.Programme.Workplace>();

    public DbSet<Core.Programme.Supervisor> Supervisors => Set<Core.Programme.Supervisor>();

    public DbSet<Core.Programme.Placement> Placements => Set<Core.Programme.Placement>();

    public DbSet<Core.Programme.ContractPeriod> ContractPeriods => Set<Core.Programme.ContractPeriod>();

    public DbSet<Core.Programme.CheckIn> CheckIns => Set<Core.Programme.CheckIn>();

    public DbSet<Core.Programme.Case> Cases => Set<Core.Programme.Case>();

    public DbSet<Core.Programme.CaseMessage> CaseMessages => Set<Core.Programme.CaseMessage>();

    public DbSet<Core.Programme.Consent> Consents => Set<Core.Programme.Consent>();

    public DbSet<Core.Programme.InterestProfile> InterestProfiles => Set<Core.Programme.InterestProfile>();

    public DbSet<Core.Programme.Outcome> Outcomes => Set<Core.Programme.Outcome>();

    public DbSet<Core.Coordinators.Renewals.RenewalDecision> RenewalDecisions => Set<Core.Coordinators.Renewals.RenewalDecision>();
    public DbSet<Core.Coordinators.Matching.Opening> Openings => Set<Core.Coordinators.Matching.Opening>();

    public DbSet<Core.Privacy.Audit.AuditEntry> AuditEntries => Set<Core.Privacy.Audit.AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only: a tracked change or removal of an entry is a bug, refused before it is saved.</summary>
    private void GuardAuditLog()
    {
        foreach (var entry in ChangeTracker.Entries<Core.Privacy.Audit.AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit entries are append-only.");
            }
        }
    }

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
