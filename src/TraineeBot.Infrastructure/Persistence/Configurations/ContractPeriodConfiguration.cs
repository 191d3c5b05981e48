using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class ContractPeriodConfiguration : IEntityTypeConfiguration<ContractPeriod>
{
    public void Configure(EntityTypeBuilder<ContractPeriod> builder)
    {
        builder.ToTable("ContractPeriods");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.PlacementId, c.StartDate }).IsUnique();
    }
}
