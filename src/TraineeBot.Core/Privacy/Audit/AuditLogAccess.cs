using Microsoft.Extensions.Options;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Coordinators.Status.Intents;
using TraineeBot.Core.Users;

namespace TraineeBot.Core.Privacy.Audit;

/// <summary>
/// Whose audit log a person may read: an administrator (<see cref="CoordinatorAccessOptions.Admins"/>) any trainee's
/// (the log holds no answers), a coordinator those in their caseload (all with the see-all grant), anyone else none.
/// </summary>
public sealed class AuditLogAccess(CoordinatorCaseloads caseloads, ICaseloadQueries queries, IOptions<CoordinatorAccessOptions> options)
{
    /// <summary>The trainees the asker may read the log of, and the role they read it in; null when none (not a coordinator or administrator).</summary>
    public async Task<(IReadOnlyList<NamedPerson> Trainees, string Role)?> ReadableAsync(Contact asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        Caseload caseload;
        string role;
        if (options.Value.IsAdmin(await queries.EntraIdAsync(asker.UserId, cancellationToken)))
        {
            (caseload, role) = (new Caseload([], All: true), nameof(UserRole.Admin));
        }
        else if (await caseloads.OfAsync(asker, cancellationToken) is { } coordinator)
        {
            (caseload, role) = (coordinator.Caseload, nameof(UserRole.Coordinator));
        }
        else
        {
            return null;
        }

        var trainees = await queries.TraineesAsync(caseload, cancellationToken);
        return ([.. trainees.Select(t => new NamedPerson(t.Id, t.Name))], role);
    }
}

/// <summary>Reads one trainee's log for the card, and records the read.</summary>
public sealed class AuditLogReader(IAuditLog log, IAuditQueries queries, AuditLogCards cards)
{
    /// <param name="command">What asked: the message command (<c>audit.log</c>) or the card verb.</param>
    public async Task<System.Text.Json.Nodes.JsonObject> ReadAsync(NamedPerson trainee, Contact asker, string role, string command, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(asker);
        // The read is recorded first, so it is the newest line of what is shown.
        await log.RecordAsync(new AuditEvent(asker.UserId, role, AuditActions.ReadAudit, trainee.Id, command), cancellationToken);
        var entries = await log.OfTraineeAsync(trainee.Id, AuditLogCards.MaxEntries, cancellationToken);
        var actors = entries.Select(e => e.ActorUserId).OfType<Guid>().Distinct().ToList();
        return cards.Log(trainee.Name, entries, await queries.ActorNamesAsync(actors, cancellationToken), language);
    }
}
