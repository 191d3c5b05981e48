using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class InterestProfileConfiguration : IEntityTypeConfiguration<InterestProfile>
{
    public void Configure(EntityTypeBuilder<InterestProfile> builder)
    {
        builder.ToTable("InterestProfiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.AnswersJson).IsRequired();
        builder.Property(p => p.SuggestionsJson).IsRequired();
        builder.HasOne<Trainee>().WithMany().HasForeignKey(p => p.TraineeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DialogRun>().WithMany().HasForeignKey(p => p.DialogRunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.TraineeId, p.ConfirmedUtc });
    }
}
