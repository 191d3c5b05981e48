using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Dialogs;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Dialogs;

internal sealed class EfDialogRunStore(TraineeBotDbContext db) : IDialogRunStore
{
    public Task<DialogRun?> FindActiveAsync(Guid userId, Guid conversationReferenceId, CancellationToken cancellationToken) =>
        db.Set<DialogRun>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.UserId == userId && r.ConversationReferenceId == conversationReferenceId && r.Status == DialogRunStatus.Active,
                cancellationToken);

    public async Task SaveAsync(DialogRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var set = db.Set<DialogRun>();
        var isNew = run.Revision == 0;
        var expected = run.Revision;
        run.Revision = expected + 1;
        var entry = isNew ? set.Add(run) : set.Update(run);
        if (!isNew)
        {
            entry.Property(r => r.Revision).OriginalValue = expected;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // A concurrency conflict (someone saved a newer revision) or a second active run (unique index).
            run.Revision = expected;
            entry.State = EntityState.Detached;
            throw new DialogRunConflictException($"Dialog run {run.Id} was changed by another turn.", ex);
        }

        entry.State = EntityState.Detached;
    }
}
