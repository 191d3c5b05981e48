using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Cases;

/// <summary><see cref="ICases"/> on EF Core: the case, its first message and the coordinator's card in one transaction.</summary>
internal sealed class EfCases(TraineeBotDbContext db, IOutbox outbox, TimeProvider time) : ICases
{
    /// <summary>The card template the coordinator gets for a new case (<c>cards/case-coordinator.json</c>).</summary>
    public const string CoordinatorCardTemplate = CaseCard.Template;

    public async Task<Case> OpenAsync(OpenCase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IdempotencyKey is { } key
            && await db.Cases.Include(c => c.Messages).FirstOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken) is { } existing)
        {
            return existing;
        }

        var trainee = await db.Trainees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TraineeId, cancellationToken)
            ?? throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"trainee {request.TraineeId}"));
        var coordinator = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == trainee.CoordinatorId, cancellationToken);
        var coordinatorUser = await db.Users.AsNoTracking().FirstAsync(u => u.Id == coordinator.UserId, cancellationToken);
        var now = time.GetUtcNow();
        var opened = new Case
        {
            Id = Guid.CreateVersion7(now),
            Kind = request.Kind,
            Status = CaseStatus.Open,
            TraineeId = trainee.Id,
            CoordinatorId = coordinator.Id,
            CheckInId = request.CheckInId,
            IdempotencyKey = request.IdempotencyKey,
            OpenedUtc = now,
        };
        opened.Messages.Add(new CaseMessage
        {
            Id = Guid.CreateVersion7(now),
            CaseId = opened.Id,
            Author = request.Author,
            AuthorUserId = request.Author == CaseAuthor.Trainee ? trainee.UserId : request.AuthorUserId,
            Text = request.Text,
            CreatedUtc = now,
        });
        db.Cases.Add(opened);

        var (template, card) = request.Card is { } own
            ? (own.Template, (JsonObject)own.Data.DeepClone())
            : (CoordinatorCardTemplate, CoordinatorCard(opened, trainee, request, coordinatorUser.Language));
        card["caseId"] = opened.Id.ToString();
        // Saved together with the case: the outbox's EnqueueAsync saves the scope's pending changes in its transaction.
        await outbox.EnqueueAsync(new OutboxRequest(
            $"case:{opened.Id}",
            coordinator.UserId,
            OutboxKinds.Card,
            new JsonObject { ["template"] = template, ["data"] = card }.ToJsonString(),
            now,
            ExpireAfter: TimeSpan.FromDays(30),
            NotifyUserId: coordinator.BackupCoordinatorId is null ? null : await BackupUserAsync(coordinator.BackupCoordinatorId.Value, cancellationToken)), cancellationToken);
        return opened;
    }

    private async Task<Guid?> BackupUserAsync(Guid backupCoordinatorId, CancellationToken cancellationToken) =>
        await db.Coordinators.AsNoTracking().Where(c => c.Id == backupCoordinatorId).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The card's data, with every text already in the coordinator's language.</summary>
    internal static JsonObject CoordinatorCard(Case opened, Trainee trainee, OpenCase request, string language) =>
        CaseCard.Data(opened, trainee, language, request.Details, new Dictionary<Guid, string>());
}
