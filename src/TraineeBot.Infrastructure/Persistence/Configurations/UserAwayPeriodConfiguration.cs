using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class UserAwayPeriodConfiguration : IEntityTypeConfiguration<UserAwayPeriod>
{
    public void Configure(EntityTypeBuilder<UserAwayPeriod> builder)
    {
        builder.ToTable("UserAwayPeriods");
        builder.HasKey(a => a.Id);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.UserId, a.To });
    }
}
