using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Consents;

internal sealed class EfConsents(TraineeBotDbContext db, TimeProvider time) : IConsents
{
    public Task<Consent?> LatestAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Consents.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.DecidedUtc).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Consent> RecordAsync(Guid userId, ConsentDecision decision, string textVersion, string language, CancellationToken cancellationToken)
    {
        var consent = Stage(userId, decision, textVersion, language);
        await db.SaveChangesAsync(cancellationToken);
        return consent;
    }

    public Consent Stage(Guid userId, ConsentDecision decision, string textVersion, string language)
    {
        var now = time.GetUtcNow();
        var consent = new Consent
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Decision = decision,
            TextVersion = textVersion,
            Language = language,
            DecidedUtc = now,
        };
        db.Consents.Add(consent);
        return consent;
    }
}
