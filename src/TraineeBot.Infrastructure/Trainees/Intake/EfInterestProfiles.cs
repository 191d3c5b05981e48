using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Intake;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Trainees.Intake;

/// <summary><see cref="IInterestProfiles"/> on EF Core: the profile and the coordinator's card in one transaction.</summary>
internal sealed class EfInterestProfiles(TraineeBotDbContext db, IOutbox outbox) : IInterestProfiles
{
    public Task<InterestProfile?> FindByRunAsync(Guid dialogRunId, CancellationToken cancellationToken) =>
        db.InterestProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.DialogRunId == dialogRunId, cancellationToken);

    public async Task<InterestProfile?> LatestAsync(Guid traineeId, CancellationToken cancellationToken) =>
        (await db.InterestProfiles.AsNoTracking().Where(p => p.TraineeId == traineeId).ToListAsync(cancellationToken))
            .OrderByDescending(p => p.ConfirmedUtc).FirstOrDefault();

    public async Task<string> LanguageOfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken) ?? "sv";

    public async Task<bool> SaveAsync(InterestProfile profile, OutboxRequest coordinatorMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(coordinatorMessage);
        if (profile.DialogRunId is { } runId && await db.InterestProfiles.AnyAsync(p => p.DialogRunId == runId, cancellationToken))
        {
            return false;
        }

        db.InterestProfiles.Add(profile);
        // Saved together with the profile: the outbox's EnqueueAsync saves the scope's pending changes in its transaction.
        var queued = await outbox.EnqueueAsync(coordinatorMessage, cancellationToken);
        return queued.Created;
    }
}
