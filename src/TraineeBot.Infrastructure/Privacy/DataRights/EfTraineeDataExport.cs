using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Privacy.DataRights;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy.DataRights;

/// <summary>
/// Every row about one trainee, read with no tracking: their user and trainee rows, consents, chats, interest profile,
/// placements (with workplace and supervisor names), contract periods, renewal decisions, every check-in about them
/// (their own answers and their supervisor's assessments), cases and their messages, dialog runs, schedules, messages
/// to them, away periods, outcomes and the audit entries about them. Only for the trainee themselves, never after erasure.
/// </summary>
internal sealed class EfTraineeDataExport(TraineeBotDbContext db, TimeProvider time) : ITraineeDataExport
{
    public async Task<TraineeDataExport?> ExportAsync(Guid traineeId, Guid askingUserId, CancellationToken cancellationToken)
    {
        var trainee = await db.Trainees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == traineeId && t.UserId == askingUserId, cancellationToken);
        if (trainee is null || await EfTraineeErasure.IsErasedAsync(db, traineeId, cancellationToken))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == trainee.UserId, cancellationToken);
        var userId = user.Id;
        var coordinator = await db.Coordinators.AsNoTracking().Where(c => c.Id == trainee.CoordinatorId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking().Where(p => p.TraineeId == traineeId).OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        var placementIds = placements.Select(p => p.Id).ToList();
        var workplaceIds = placements.Select(p => p.WorkplaceId).ToList();
        var supervisorIds = placements.Select(p => p.SupervisorId).ToList();
        var workplaces = await db.Workplaces.AsNoTracking().Where(w => workplaceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var supervisors = await db.Supervisors.AsNoTracking().Where(s => supervisorIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.TraineeId == traineeId).Include(c => c.Messages).OrderBy(c => c.OpenedUtc).ToListAsync(cancellationToken);

        var sections = new List<ExportSection>
        {
            Section("user", [Row(("id", user.Id), ("name", user.Name), ("entraObjectId", user.AadObjectId), ("teamsUserId", user.ChannelUserId),
                ("language", user.Language), ("role", user.Role.ToString()), ("createdUtc", user.CreatedUtc), ("lastSeenUtc", user.LastSeenUtc))]),
            Section("trainee", [Row(("id", trainee.Id), ("name", trainee.Name), ("email", trainee.Email), ("birthYear", trainee.BirthYear),
                ("gender", trainee.Gender), ("homeDepartment", trainee.HomeDepartment), ("supportNeeds", trainee.SupportNeeds),
                ("coordinator", coordinator), ("createdUtc", trainee.CreatedUtc))]),
            Section("consents", (await db.Consents.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken)).OrderBy(c => c.DecidedUtc)
                .Select(c => Row(("decision", c.Decision.ToString()), ("textVersion", c.TextVersion), ("language", c.Language), ("decidedUtc", c.DecidedUtc)))),
            Section("conversations", (await db.ConversationReferences.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken))
                .Select(c => Row(("channel", c.ChannelId), ("conversationId", c.ConversationId), ("type", c.ConversationType), ("tenantId", c.TenantId),
                    ("createdUtc", c.CreatedUtc), ("updatedUtc", c.UpdatedUtc)))),
            Section("interestProfiles", (await db.InterestProfiles.AsNoTracking().Where(p => p.TraineeId == traineeId).ToListAsync(cancellationToken))
                .Select(p => Row(("answers", Parsed(p.AnswersJson)), ("suggestions", Parsed(p.SuggestionsJson)), ("confirmedUtc", p.ConfirmedUtc)))),
            Section("placements", placements.Select(p => Row(("id", p.Id), ("workplace", workplaces.GetValueOrDefault(p.WorkplaceId)),
                ("supervisor", supervisors.GetValueOrDefault(p.SupervisorId)), ("kind", p.Kind.ToString()), ("role", p.Role), ("startDate", p.StartDate),
                ("endDate", p.EndDate), ("startTime", p.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture)), ("meetingAddress", p.MeetingAddress),
                ("askFor", p.AskFor), ("bring", p.Bring), ("contractSigned", p.ContractSigned), ("arrivedUtc", p.ArrivedUtc),
                ("cannotComeUtc", p.CannotComeUtc), ("cannotComeReason", p.CannotComeReason), ("interruptedUtc", p.InterruptedUtc),
                ("interruptionReason", p.InterruptionReason)))),
            Section("contractPeriods", (await db.ContractPeriods.AsNoTracking().Where(c => placementIds.Contains(c.PlacementId)).ToListAsync(cancellationToken))
                .OrderBy(c => c.StartDate).Select(c => Row(("placementId", c.PlacementId), ("startDate", c.StartDate), ("endDate", c.EndDate)))),
            Section("renewalDecisions", (await db.RenewalDecisions.AsNoTracking().Where(r => placementIds.Contains(r.PlacementId)).ToListAsync(cancellationToken))
                .OrderBy(r => r.DecidedUtc).Select(r => Row(("placementId", r.PlacementId), ("decision", r.Kind.ToString()), ("months", r.Months),
                    ("wagePhase", r.WagePhase), ("reason", r.Reason), ("decidedUtc", r.DecidedUtc)))),
            Section("checkIns", (await db.CheckIns.AsNoTracking().Where(c => c.TraineeId == traineeId).ToListAsync(cancellationToken)).OrderBy(c => c.DueUtc)
                .Select(c => Row(("kind", c.Kind), ("answeredBy", c.RespondentUserId == userId ? "trainee" : "supervisor"), ("dueUtc", c.DueUtc),
                    ("status", c.Status.ToString()), ("sentUtc", c.SentUtc), ("answeredUtc", c.AnsweredUtc), ("answers", Parsed(c.AnswersJson)),
                    ("flagged", c.Flagged), ("flagReasons", c.FlagReasons), ("addenda", Parsed(c.AddendaJson))))),
            Section("cases", cases.Select(c => Row(("id", c.Id), ("kind", c.Kind.ToString()), ("status", c.Status.ToString()), ("openedUtc", c.OpenedUtc),
                ("resolvedUtc", c.ResolvedUtc)))),
            Section("caseMessages", cases.SelectMany(c => c.Messages.OrderBy(m => m.CreatedUtc).Select(m => Row(("caseId", c.Id),
                ("author", m.Author.ToString()), ("text", m.Text), ("createdUtc", m.CreatedUtc))))),
            Section("dialogRuns", (await db.DialogRuns.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken)).OrderBy(r => r.StartedUtc)
                .Select(r => Row(("dialog", r.DefinitionId), ("status", r.Status.ToString()), ("state", Parsed(r.StateJson)), ("startedUtc", r.StartedUtc),
                    ("completedUtc", r.CompletedUtc)))),
            Section("schedules", (await db.Schedules.AsNoTracking().Where(s => s.RecipientUserId == userId || s.SubjectUserId == userId).ToListAsync(cancellationToken))
                .Select(s => Row(("definition", s.DefinitionId), ("toYou", s.RecipientUserId == userId), ("status", s.Status.ToString()), ("nextDueUtc", s.NextDueUtc)))),
            Section("outboxMessages", (await db.OutboxMessages.AsNoTracking().Where(m => m.RecipientUserId == userId).ToListAsync(cancellationToken))
                .OrderBy(m => m.DueUtc).Select(m => Row(("kind", m.Kind), ("status", m.Status.ToString()), ("dueUtc", m.DueUtc), ("sentUtc", m.SentUtc),
                    ("payload", Parsed(m.PayloadJson))))),
            Section("awayPeriods", (await db.UserAwayPeriods.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken)).OrderBy(a => a.From)
                .Select(a => Row(("from", a.From), ("to", a.To)))),
            Section("outcomes", (await db.Outcomes.AsNoTracking().Where(o => o.TraineeId == traineeId).ToListAsync(cancellationToken)).OrderBy(o => o.AnsweredUtc)
                .Select(o => Row(("monthsAfter", o.MonthsAfter), ("status", o.Status.ToString()), ("certainty", o.Certainty), ("mayAskAgain", o.MayAskAgain),
                    ("answeredUtc", o.AnsweredUtc)))),
            Section("auditEntries", (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.TraineeId == traineeId).ToListAsync(cancellationToken))
                .OrderBy(a => a.AtUtc).Select(a => Row(("atUtc", a.AtUtc), ("byRole", a.ActorRole), ("action", a.Action), ("command", a.Command),
                    ("allowed", a.Allowed), ("detail", a.Detail)))),
        };
        return new TraineeDataExport(trainee.Id, trainee.Name, Core.Users.Language.Normalize(user.Language), time.GetUtcNow(), sections);
    }

    private static ExportSection Section(string key, IEnumerable<ExportRow> rows) => new(key, [.. rows]);

    private static ExportRow Row(params (string Name, object? Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Name, Node(f.Value)))]);

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        Guid g => JsonValue.Create(g.ToString()),
        DateTimeOffset d => JsonValue.Create(d.ToString("O", CultureInfo.InvariantCulture)),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Stored JSON as JSON (text when it does not parse).</summary>
    private static JsonNode? Parsed(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
