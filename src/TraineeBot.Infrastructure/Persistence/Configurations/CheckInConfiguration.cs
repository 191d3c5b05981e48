using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasMaxLength(60).IsRequired();
        builder.Property(c => c.OccurrenceKey).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.FlagReasons).HasMaxLength(2000);
        builder.HasIndex(c => c.OutboxMessageId);
        builder.HasOne<Trainee>().WithMany().HasForeignKey(c => c.TraineeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Placement>().WithMany().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.RespondentUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DialogRun>().WithMany().HasForeignKey(c => c.DialogRunId).OnDelete(DeleteBehavior.SetNull);
        // One occurrence of a kind per trainee, whoever asks to create it.
        builder.HasIndex(c => new { c.TraineeId, c.Kind, c.OccurrenceKey }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.DueUtc });
        // A caseload's open check-ins (coordinator status).
        builder.HasIndex(c => new { c.TraineeId, c.Status, c.ClosesUtc });
        // Every caseload's open and unanswered check-ins still open (the overview for "all"; docs/performance.md).
        builder.HasIndex(c => new { c.Status, c.ClosesUtc });
        builder.HasIndex(c => c.DialogRunId);
    }
}
