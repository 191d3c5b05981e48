using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("ProcessedActivities");
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).HasMaxLength(1024);
        builder.HasIndex(p => p.ProcessedUtc);
    }
}
