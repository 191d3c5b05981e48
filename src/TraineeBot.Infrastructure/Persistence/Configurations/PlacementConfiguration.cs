using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.Property(p => p.MeetingAddress).HasMaxLength(400);
        builder.Property(p => p.AskFor).HasMaxLength(200);
        builder.Property(p => p.Bring).HasMaxLength(1000);
        builder.Property(p => p.CannotComeReason).HasMaxLength(2000);
        builder.Property(p => p.InterruptionReason).HasMaxLength(2000);
        builder.HasOne<Trainee>().WithMany().HasForeignKey(p => p.TraineeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workplace>().WithMany().HasForeignKey(p => p.WorkplaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(p => p.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.ContractPeriods).WithOne().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ContractPeriods).AutoInclude();
        builder.HasIndex(p => new { p.TraineeId, p.StartDate });
        builder.HasIndex(p => p.SupervisorId);
    }
}
