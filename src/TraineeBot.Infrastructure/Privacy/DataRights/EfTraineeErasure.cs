using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Privacy.DataRights;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Coordinators.Reports;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy.DataRights;

/// <summary>
/// Erases a trainee in one transaction: every row that only holds their personal data is deleted, and the rows the
/// outcome report counts (trainee, placements, contract periods, outcomes, check-ins' 1–5 support ratings) stay with
/// every name, e-mail, id and free text removed and the name replaced by a random pseudonym ("Raderad 3F2A"). The
/// audit entry (<see cref="AuditActions.Erasure"/>; <see cref="Trainee.ErasedUtc"/> marks the trainee as erased) and the note to the
/// coordinator are stored in the same save. Afterwards the database is vacuumed and its WAL checkpointed, so no old
/// copy of the data is left in free pages. See <c>docs/privacy/data-rights.md</c>.
/// </summary>
internal sealed partial class EfTraineeErasure(
    TraineeBotDbContext db,
    IOutbox outbox,
    IAuditLog audit,
    TimeProvider time,
    ILogger<EfTraineeErasure> logger) : ITraineeErasure
{
    public const string Command = "data.erase";

    public const string RetentionCommand = "retention.erase";

    public const string PseudonymPrefix = "Raderad ";

    /// <summary>
    /// True once the trainee was erased: <see cref="Trainee.ErasedUtc"/> is set (it outlives the erasure's audit entry,
    /// which retention removes after the audit period).
    /// </summary>
    public static Task<bool> IsErasedAsync(TraineeBotDbContext db, Guid traineeId, CancellationToken cancellationToken) =>
        db.Trainees.AnyAsync(t => t.Id == traineeId && t.ErasedUtc != null, cancellationToken);

    /// <summary>A pseudonym from random bytes: nothing about the person goes into it, so it cannot be reversed.</summary>
    public static string NewPseudonym() => PseudonymPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(2));

    public async Task<ErasureResult> EraseAsync(Guid traineeId, ErasureReason reason, Guid? requestedByUserId, CancellationToken cancellationToken)
    {
        var trainee = await db.Trainees.FirstOrDefaultAsync(t => t.Id == traineeId, cancellationToken);
        if (trainee is null || await IsErasedAsync(db, traineeId, cancellationToken))
        {
            return new ErasureResult(false, 0);
        }

        var user = await db.Users.FirstAsync(u => u.Id == trainee.UserId, cancellationToken);
        var userId = user.Id;
        var coordinator = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == trainee.CoordinatorId, cancellationToken);
        var coordinatorLanguage = await db.Users.AsNoTracking().Where(u => u.Id == coordinator.UserId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken);
        var conversationIds = await db.ConversationReferences.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.ConversationId).ToListAsync(cancellationToken);
        var needles = Needles(trainee, user, conversationIds);
        var pseudonym = NewPseudonym();
        var now = time.GetUtcNow();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Deleted and overwritten content is zeroed in the file, not left in free space.
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken);
            var rows = 0;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                trainee.Name = pseudonym;
                trainee.ErasedUtc = now;
                trainee.Email = null;
                trainee.SupportNeeds = null;
                user.Name = pseudonym;
                user.AadObjectId = null;
                user.ChannelUserId = null;
                rows += 2;

                foreach (var checkIn in await db.CheckIns.Where(c => c.TraineeId == traineeId).ToListAsync(cancellationToken))
                {
                    // Only the 1–5 support rating the outcome report counts survives, nothing the person wrote.
                    checkIn.AnswersJson = ReportRatingOnly(checkIn);
                    checkIn.AddendaJson = null;
                    checkIn.FlagReasons = null;
                    checkIn.DialogRunId = null;
                    checkIn.RemindOn = null;
                    rows++;
                }

                var placements = await db.Placements.Where(p => p.TraineeId == traineeId).ToListAsync(cancellationToken);
                foreach (var placement in placements)
                {
                    placement.Role = null;
                    placement.MeetingAddress = null;
                    placement.AskFor = null;
                    placement.Bring = null;
                    placement.CannotComeReason = null;
                    placement.InterruptionReason = null;
                    rows++;
                }

                var placementIds = placements.Select(p => p.Id).ToList();
                foreach (var decision in await db.RenewalDecisions.Where(r => placementIds.Contains(r.PlacementId)).ToListAsync(cancellationToken))
                {
                    decision.Reason = null;
                    decision.WagePhase = null;
                    rows++;
                }

                rows += await EraseOutboxAsync(userId, needles, now, cancellationToken);

                rows += await db.DialogRuns.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
                foreach (var conversationId in conversationIds)
                {
                    rows += await db.ProcessedActivities.Where(p => p.Key.Contains(conversationId)).ExecuteDeleteAsync(cancellationToken);
                }

                rows += await db.ConversationReferences.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
                rows += await db.Consents.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
                rows += await db.InterestProfiles.Where(p => p.TraineeId == traineeId).ExecuteDeleteAsync(cancellationToken);
                rows += await db.UserAwayPeriods.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
                rows += await db.Schedules.Where(s => s.RecipientUserId == userId || s.SubjectUserId == userId).ExecuteDeleteAsync(cancellationToken);
                rows += await db.CaseMessages.Where(m => db.Cases.Any(c => c.Id == m.CaseId && c.TraineeId == traineeId)).ExecuteDeleteAsync(cancellationToken);
                rows += await db.Cases.Where(c => c.TraineeId == traineeId).ExecuteDeleteAsync(cancellationToken);

                var retention = reason == ErasureReason.Retention;
                audit.Stage(new AuditEvent(
                    requestedByUserId,
                    requestedByUserId is null ? AuditEvent.SystemRole : nameof(Core.Users.UserRole.Trainee),
                    AuditActions.Erasure,
                    traineeId,
                    retention ? RetentionCommand : Command,
                    Detail: $"rows={rows}"));
                var note = DataRightsTexts.Get(Core.Users.Language.Normalize(coordinatorLanguage),
                    retention ? "EraseCoordinatorNoticeRetention" : "EraseCoordinatorNotice", pseudonym);
                // Saves everything above with the audit entry and the note: all or nothing.
                await outbox.EnqueueAsync(new OutboxRequest(
                    $"data-erased:{traineeId}",
                    coordinator.UserId,
                    OutboxKinds.Activity,
                    ActivityPayload.Markdown(note),
                    now,
                    ExpireAfter: TimeSpan.FromDays(30)), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            Log.Erased(logger, traineeId, reason, rows);
            await CompactAsync(cancellationToken);
            return new ErasureResult(true, rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Messages to the trainee, and messages to anyone that name or point to them: those not sent are cancelled, and
    /// every one's payload and rendered activities are blanked (a sent one keeps only its delivery facts).
    /// </summary>
    private async Task<int> EraseOutboxAsync(Guid userId, IReadOnlyCollection<string> needles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await db.OutboxMessages.Where(m => m.RecipientUserId == userId).Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var needle in needles)
        {
            ids.AddRange(await db.OutboxMessages
                .Where(m => m.PayloadJson.Contains(needle) || (m.RenderedJson != null && m.RenderedJson.Contains(needle)) || (m.LastError != null && m.LastError.Contains(needle)))
                .Select(m => m.Id).ToListAsync(cancellationToken));
        }

        var distinct = ids.Distinct().ToList();
        foreach (var message in await db.OutboxMessages.Where(m => distinct.Contains(m.Id)).ToListAsync(cancellationToken))
        {
            if (message.Status is OutboxStatus.Queued or OutboxStatus.Unreachable)
            {
                message.Status = OutboxStatus.Cancelled;
                message.LeaseToken = null;
                message.LeaseUntilUtc = null;
            }

            message.PayloadJson = "{}";
            message.RenderedJson = null;
            message.LastError = null;
            message.UpdatedUtc = now;
        }

        return distinct.Count;
    }

    /// <summary>Rewrites the file without free pages and empties the WAL, so nothing erased survives in either.</summary>
    private async Task CompactAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            // Busy (another connection in a long read): secure_delete already zeroed what this erasure removed, and the
            // next checkpoint overwrites the WAL.
            Log.CompactFailed(logger, ex.SqliteErrorCode);
        }
    }

    private static string? ReportRatingOnly(CheckIn checkIn)
    {
        var field = checkIn.Kind switch
        {
            CheckInKinds.Trainee => EfOutcomeReportData.TraineeSupportField,
            CheckInKinds.Supervisor => EfOutcomeReportData.SupervisorSupportField,
            _ => null,
        };
        return field is not null && EfOutcomeReportData.Rating(checkIn.AnswersJson, field) is { } rating
            ? new System.Text.Json.Nodes.JsonObject { [field] = rating }.ToJsonString()
            : null;
    }

    /// <summary>What names or points to the trainee in stored text: names, e-mail, Teams and Entra ids, our ids; also as JSON-escaped.</summary>
    private static List<string> Needles(Trainee trainee, Core.Users.User user, IEnumerable<string> conversationIds)
    {
        var plain = new List<string?> { trainee.Name, user.Name, trainee.Email, user.AadObjectId, user.ChannelUserId, trainee.Id.ToString(), user.Id.ToString() };
        plain.AddRange(conversationIds);
        var needles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in plain.Where(t => t is { Length: >= 3 }).Select(t => t!.Trim()))
        {
            needles.Add(text);
            needles.Add(JsonSerializer.Serialize(text)[1..^1]);
            needles.Add(JsonSerializer.Serialize(text, RelaxedJson)[1..^1]);
        }

        return [.. needles];
    }

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static partial class Log
    {
        [LoggerMessage(EventId = 6410, Level = LogLevel.Information, Message = "Trainee {TraineeId} was erased ({Reason}): {Rows} rows removed or pseudonymised")]
        public static partial void Erased(ILogger logger, Guid traineeId, ErasureReason reason, int rows);

        [LoggerMessage(EventId = 6411, Level = LogLevel.Warning, Message = "The database could not be compacted after an erasure (SQLite error {Code}); the next checkpoint will do it")]
        public static partial void CompactFailed(ILogger logger, int code);
    }
}
