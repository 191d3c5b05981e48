using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Persistence.Configurations;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.ToTable("CaseMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Author).HasConversion<string>().HasMaxLength(16);
        // Nothing a trainee types is cut: the text column has no limit.
        builder.Property(m => m.Text).IsRequired();
        builder.HasIndex(m => new { m.CaseId, m.CreatedUtc });
    }
}
