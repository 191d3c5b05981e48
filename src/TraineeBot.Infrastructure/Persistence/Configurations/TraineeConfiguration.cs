using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Users;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class TraineeConfiguration : IEntityTypeConfiguration<Trainee>
{
    public void Configure(EntityTypeBuilder<Trainee> builder)
    {
        builder.ToTable("Trainees");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Email).HasMaxLength(320);
        builder.Property(t => t.Gender).HasMaxLength(60);
        builder.Property(t => t.HomeDepartment).HasMaxLength(200);
        builder.Property(t => t.SupportNeeds).HasMaxLength(2000);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.HasOne<Coordinator>().WithMany().HasForeignKey(t => t.CoordinatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.CoordinatorId);
        // Lists of trainees by name (a caseload, name matching).
        builder.HasIndex(t => t.Name);
    }
}
