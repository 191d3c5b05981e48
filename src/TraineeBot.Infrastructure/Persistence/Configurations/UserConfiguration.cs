using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.ChannelUserId).HasMaxLength(256);
        builder.HasIndex(u => u.ChannelUserId).IsUnique();
        builder.Property(u => u.AadObjectId).HasMaxLength(128);
        builder.HasIndex(u => u.AadObjectId);
        builder.Property(u => u.Name).HasMaxLength(256);
        builder.Property(u => u.Language).HasMaxLength(8).IsRequired();
        builder.Property(u => u.LanguageSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasMany(u => u.Conversations).WithOne(c => c.User).HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
