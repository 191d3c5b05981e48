using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.ToTable("Schedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.DefinitionId).HasMaxLength(100).IsRequired();
        builder.Property(s => s.AnchorsJson).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.NextOccurrenceKey).HasMaxLength(40);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.SubjectUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.NotifyUserId).OnDelete(DeleteBehavior.SetNull);
        // The scheduler's query: active schedules whose next occurrence is due.
        builder.HasIndex(s => new { s.Status, s.NextDueUtc });
        builder.HasIndex(s => new { s.RecipientUserId, s.DefinitionId });
    }
}
