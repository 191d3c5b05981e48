using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Trainee>().WithMany().HasForeignKey(c => c.TraineeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Coordinator>().WithMany().HasForeignKey(c => c.CoordinatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CheckIn>().WithMany().HasForeignKey(c => c.CheckInId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(200);
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.HasIndex(c => new { c.TraineeId, c.Status });
        builder.HasIndex(c => new { c.CoordinatorId, c.Status });
    }
}
