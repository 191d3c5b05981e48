using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Privacy.Audit;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

/// <summary>
/// The audit log. No foreign keys: an entry outlives the user and trainee rows it names (erasure pseudonymises those,
/// and the log keeps only their ids).
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorRole).HasMaxLength(16).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Command).HasMaxLength(80).IsRequired();
        builder.Property(a => a.Detail).HasMaxLength(200);
        builder.HasIndex(a => new { a.TraineeId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}
