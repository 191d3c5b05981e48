using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> builder)
    {
        builder.ToTable("Openings");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.WorkArea).HasMaxLength(32).IsRequired();
        builder.Property(o => o.Location).HasMaxLength(400).IsRequired();
        builder.Property(o => o.Languages).HasMaxLength(200).IsRequired();
        builder.HasOne<Workplace>().WithMany().HasForeignKey(o => o.WorkplaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Coordinator>().WithMany().HasForeignKey(o => o.CreatedByCoordinatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.CreatedByCoordinatorId, o.Status });
    }
}
