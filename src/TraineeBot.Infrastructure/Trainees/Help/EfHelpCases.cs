using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Help;
using TraineeBot.Infrastructure.Cases;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Trainees.Help;

/// <summary><see cref="IHelpCases"/> on EF Core: every message kept as a <see cref="CaseMessage"/>, every relay through the outbox in the same transaction.</summary>
internal sealed class EfHelpCases(TraineeBotDbContext db, IOutbox outbox, TimeProvider time, IAuditLog audit) : IHelpCases
{
    private static readonly TimeSpan Expiry = TimeSpan.FromDays(30);

    public async Task<OpenHelpCase?> FindOpenAsync(Guid traineeId, CancellationToken cancellationToken)
    {
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.TraineeId == traineeId && c.Status == CaseStatus.Open && (c.Kind == CaseKind.HelpRequest || c.Kind == CaseKind.Question))
            .OrderByDescending(c => c.OpenedUtc)
            .Select(c => new { c.Id, c.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        if (open is null)
        {
            return null;
        }

        var last = await db.Set<CaseMessage>().AsNoTracking().Where(m => m.CaseId == open.Id)
            .OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).FirstAsync(cancellationToken);
        return new OpenHelpCase(open.Id, open.Kind, last.Author, last.Text);
    }

    public async Task AddTraineeMessageAsync(Guid caseId, string text, CancellationToken cancellationToken)
    {
        var @case = await LoadAsync(caseId, cancellationToken) ?? throw new InvalidOperationException($"No case {caseId}.");
        var trainee = await db.Trainees.AsNoTracking().FirstAsync(t => t.Id == @case.TraineeId, cancellationToken);
        var message = Add(@case, CaseAuthor.Trainee, trainee.UserId, text);
        foreach (var (coordinator, user, escalatedFrom) in await RecipientsAsync(@case, cancellationToken))
        {
            var data = CaseCard.Data(@case, trainee, user.Language, null, await NamesAsync(@case, cancellationToken), escalatedFrom);
            await outbox.EnqueueAsync(new OutboxRequest(
                $"case:{@case.Id}:message:{message.Id}:{coordinator.Id}", coordinator.UserId, OutboxKinds.Card, CardPayload(data), time.GetUtcNow(), Expiry), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddBotNoteAsync(Guid caseId, string text, CancellationToken cancellationToken)
    {
        var @case = await LoadAsync(caseId, cancellationToken) ?? throw new InvalidOperationException($"No case {caseId}.");
        Add(@case, CaseAuthor.Bot, null, text);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<Guid?> TraineeOfCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)c.TraineeId).FirstOrDefaultAsync(cancellationToken);

    public async Task<CaseActionResult> ReplyAsync(Guid caseId, Guid askerUserId, string text, CancellationToken cancellationToken)
    {
        var (outcome, @case, asker, language) = await AuthorizeAsync(caseId, askerUserId, cancellationToken);
        if (outcome != CaseActionOutcome.Done)
        {
            return new CaseActionResult(outcome, null, language);
        }

        if (@case!.Status != CaseStatus.Open)
        {
            return new CaseActionResult(CaseActionOutcome.AlreadyResolved, null, language);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new CaseActionResult(CaseActionOutcome.EmptyReply, null, language);
        }

        var now = time.GetUtcNow();
        var message = Add(@case, CaseAuthor.Coordinator, askerUserId, text);
        @case.FirstResponseUtc ??= now;
        var trainee = await db.Trainees.AsNoTracking().FirstAsync(t => t.Id == @case.TraineeId, cancellationToken);
        var traineeUser = await db.Users.AsNoTracking().FirstAsync(u => u.Id == trainee.UserId, cancellationToken);
        var reply = HelpTexts.Get(traineeUser.Language, "Reply", FirstName(asker!.Name), text);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"case:{@case.Id}:reply:{message.Id}", trainee.UserId, OutboxKinds.Activity, TextPayload(reply), now, Expiry), cancellationToken);
        return new CaseActionResult(CaseActionOutcome.Done, CaseCard.Data(@case, trainee, language, null, await NamesAsync(@case, cancellationToken)), language);
    }

    public async Task<CaseActionResult> ResolveAsync(Guid caseId, Guid askerUserId, CancellationToken cancellationToken)
    {
        var (outcome, @case, asker, language) = await AuthorizeAsync(caseId, askerUserId, cancellationToken);
        if (outcome != CaseActionOutcome.Done)
        {
            return new CaseActionResult(outcome, null, language);
        }

        var trainee = await db.Trainees.AsNoTracking().FirstAsync(t => t.Id == @case!.TraineeId, cancellationToken);
        if (@case!.Status != CaseStatus.Open)
        {
            // Pressed twice: the read-only card again, nothing sent twice.
            return new CaseActionResult(CaseActionOutcome.AlreadyResolved, CaseCard.Data(@case, trainee, language, null, await NamesAsync(@case, cancellationToken)), language);
        }

        var now = time.GetUtcNow();
        @case.Status = CaseStatus.Resolved;
        @case.ResolvedUtc = now;
        @case.ResolvedByUserId = askerUserId;
        @case.FirstResponseUtc ??= now;
        var traineeUser = await db.Users.AsNoTracking().FirstAsync(u => u.Id == trainee.UserId, cancellationToken);
        var told = HelpTexts.Get(traineeUser.Language, "Resolved", FirstName(asker!.Name));
        Add(@case, CaseAuthor.Bot, null, told);
        // Saved with the case by the outbox's enqueue (it saves the scope's pending changes in its transaction).
        audit.Stage(new AuditEvent(askerUserId, nameof(Core.Users.UserRole.Coordinator), AuditActions.Decision, @case.TraineeId, "case.resolve", Detail: @case.Kind.ToString()));
        await outbox.EnqueueAsync(new OutboxRequest(
            $"case:{@case.Id}:resolved", trainee.UserId, OutboxKinds.Activity, TextPayload(told), now, Expiry), cancellationToken);
        return new CaseActionResult(CaseActionOutcome.Done, CaseCard.Data(@case, trainee, language, null, await NamesAsync(@case, cancellationToken)), language);
    }

    /// <summary>The asker must be the case's coordinator, or that coordinator's backup once the case was escalated.</summary>
    private async Task<(CaseActionOutcome, Case?, Coordinator?, string Language)> AuthorizeAsync(Guid caseId, Guid askerUserId, CancellationToken cancellationToken)
    {
        var askerUser = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == askerUserId, cancellationToken);
        var language = askerUser?.Language ?? Core.Users.Language.Swedish;
        var @case = await LoadAsync(caseId, cancellationToken);
        if (@case is null)
        {
            return (CaseActionOutcome.NotFound, null, null, language);
        }

        var asker = await db.Coordinators.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == askerUserId, cancellationToken);
        if (asker is null)
        {
            return (CaseActionOutcome.Forbidden, null, null, language);
        }

        var responsible = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == @case.CoordinatorId, cancellationToken);
        var allowed = asker.Id == responsible.Id || (@case.EscalatedUtc is not null && responsible.BackupCoordinatorId == asker.Id);
        return allowed ? (CaseActionOutcome.Done, @case, asker, language) : (CaseActionOutcome.Forbidden, null, null, language);
    }

    /// <summary>Who gets the case's updates: its coordinator, and the backup once escalated.</summary>
    internal async Task<List<(Coordinator Coordinator, Core.Users.User User, string? EscalatedFrom)>> RecipientsAsync(Case @case, CancellationToken cancellationToken)
    {
        var coordinator = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == @case.CoordinatorId, cancellationToken);
        var recipients = new List<(Coordinator, Core.Users.User, string?)>
        {
            (coordinator, await db.Users.AsNoTracking().FirstAsync(u => u.Id == coordinator.UserId, cancellationToken), null),
        };
        if (@case.EscalatedUtc is not null && coordinator.BackupCoordinatorId is { } backupId
            && await db.Coordinators.AsNoTracking().FirstOrDefaultAsync(c => c.Id == backupId, cancellationToken) is { } backup)
        {
            recipients.Add((backup, await db.Users.AsNoTracking().FirstAsync(u => u.Id == backup.UserId, cancellationToken), coordinator.Name));
        }

        return recipients;
    }

    internal async Task<Dictionary<Guid, string>> NamesAsync(Case @case, CancellationToken cancellationToken)
    {
        var ids = @case.Messages.Where(m => m.AuthorUserId is not null).Select(m => m.AuthorUserId!.Value).Distinct().ToList();
        return await db.Coordinators.AsNoTracking().Where(c => ids.Contains(c.UserId)).ToDictionaryAsync(c => c.UserId, c => c.Name, cancellationToken);
    }

    internal Task<Case?> LoadAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.Messages).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    internal CaseMessage Add(Case @case, CaseAuthor author, Guid? authorUserId, string text)
    {
        // Strictly after the case's newest message, so the history has one order even when messages share an instant.
        var now = time.GetUtcNow();
        if (@case.Messages.Count > 0 && @case.Messages.Max(m => m.CreatedUtc) is var newest && now <= newest)
        {
            now = newest.AddTicks(1);
        }

        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(now),
            CaseId = @case.Id,
            Author = author,
            AuthorUserId = authorUserId,
            Text = text,
            CreatedUtc = now,
        };
        @case.Messages.Add(message);
        db.Add(message);
        return message;
    }

    internal static string CardPayload(JsonObject data) =>
        new JsonObject { ["template"] = CaseCard.Template, ["data"] = data }.ToJsonString();

    /// <summary>A plain-text message (the outbox's Text kind takes only bot text keys; relayed words are the users' own).</summary>
    internal static string TextPayload(string text) =>
        new JsonObject { ["type"] = "message", ["text"] = text, ["textFormat"] = "plain" }.ToJsonString();

    internal static string FirstName(string name) =>
        name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
