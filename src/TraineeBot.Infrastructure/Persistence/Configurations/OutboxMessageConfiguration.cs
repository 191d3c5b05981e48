using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(300).IsRequired();
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.Kind).HasMaxLength(50).IsRequired();
        builder.Property(m => m.PayloadJson).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ScheduleDefinitionId).HasMaxLength(100);
        builder.Property(m => m.OccurrenceKey).HasMaxLength(40);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConversationReference>().WithMany().HasForeignKey(m => m.ConversationReferenceId).OnDelete(DeleteBehavior.SetNull);
        // The sender's claim: what is queued and due, oldest first.
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        // One conversation in order: is there an earlier unfinished message for this recipient?
        builder.HasIndex(m => new { m.RecipientUserId, m.Status, m.DueUtc });
        builder.HasIndex(m => new { m.ScheduleDefinitionId, m.OccurrenceKey });
        builder.HasIndex(m => m.DueUtc);
    }
}
