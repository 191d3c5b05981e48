using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ChannelId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ConversationId).HasMaxLength(512).IsRequired();
        builder.HasIndex(c => new { c.ChannelId, c.ConversationId, c.UserId }).IsUnique();
        builder.Property(c => c.ConversationType).HasMaxLength(32);
        builder.Property(c => c.ServiceUrl).HasMaxLength(512).IsRequired();
        builder.Property(c => c.TenantId).HasMaxLength(128);
        builder.Property(c => c.BotId).HasMaxLength(256);
        builder.Property(c => c.BotName).HasMaxLength(256);
    }
}
