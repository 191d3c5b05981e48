using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("Outcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Trainee>().WithMany().HasForeignKey(o => o.TraineeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CheckIn>().WithMany().HasForeignKey(o => o.CheckInId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.TraineeId, o.MonthsAfter });
    }
}
