using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Coordinators.Renewals;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Coordinators.Renewals;

internal sealed class RenewalDecisionConfiguration : IEntityTypeConfiguration<RenewalDecision>
{
    public void Configure(EntityTypeBuilder<RenewalDecision> builder)
    {
        builder.ToTable("RenewalDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.WagePhase).HasMaxLength(RenewalRules.MaxWagePhaseLength);
        builder.Property(d => d.Reason).HasMaxLength(RenewalRules.MaxReasonLength);
        builder.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);

        // A period is decided once: the second of two coordinators pressing at the same time fails here and sees the first's.
        builder.HasIndex(d => d.ContractPeriodId).IsUnique();
        builder.HasIndex(d => d.PlacementId);
    }
}
