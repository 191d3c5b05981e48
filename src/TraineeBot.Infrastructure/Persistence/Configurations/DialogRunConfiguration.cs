using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class DialogRunConfiguration : IEntityTypeConfiguration<DialogRun>
{
    public void Configure(EntityTypeBuilder<DialogRun> builder)
    {
        builder.ToTable("DialogRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.DefinitionId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StateJson).IsRequired();
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConversationReference>().WithMany().HasForeignKey(r => r.ConversationReferenceId).OnDelete(DeleteBehavior.Cascade);
        // At most one active run per user and conversation.
        builder.HasIndex(r => new { r.UserId, r.ConversationReferenceId })
            .IsUnique()
            .HasFilter("\"Status\" = 'Active'")
            .HasDatabaseName("IX_DialogRuns_OneActivePerConversation");
        builder.HasIndex(r => new { r.DefinitionId, r.Status });
    }
}
