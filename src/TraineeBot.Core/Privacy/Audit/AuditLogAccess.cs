using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Coordinators.Status.Intents;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Privacy.Audit;

/// <summary>
/// Whose audit log a person may read, as the access policy's roles say: an administrator any trainee's (the log holds no
/// answers), a coordinator those in their caseload (all with the see-all grant), anyone else none. The policy decides
/// again, per trainee, when the log is read (<see cref="AuditLogReader"/>).
/// </summary>
[AccessGuard]
public sealed class AuditLogAccess(IAccessPolicy policy, ICaseloadQueries queries)
{
    /// <summary>The trainees the asker may read the log of; null when none (not a coordinator or administrator).</summary>
    public async Task<(IReadOnlyList<NamedPerson> Trainees, string Role)?> ReadableAsync(Contact asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var who = await policy.AskerAsync(asker.UserId, cancellationToken);
        var caseload = who.Holds(AccessRole.Administrator) ? new Caseload([], All: true) : who.Caseload;
        if (caseload is null)
        {
            return null;
        }

        var trainees = await queries.TraineesAsync(caseload, cancellationToken);
        return ([.. trainees.Select(t => new NamedPerson(t.Id, t.Name))], who.RoleText);
    }
}

/// <summary>Reads one trainee's log for the card, when the access policy allows it (which records the read).</summary>
[AccessGuard]
public sealed class AuditLogReader(IAccessPolicy policy, IAuditLog log, IAuditQueries queries, AuditLogCards cards)
{
    /// <param name="command">What asked: the message command (<c>audit.log</c>) or the card verb.</param>
    /// <returns>The card, or null when the policy refuses.</returns>
    public async Task<System.Text.Json.Nodes.JsonObject?> ReadAsync(NamedPerson trainee, Contact asker, string command, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(asker);
        // The policy records the read first, so it is the newest line of what is shown.
        if (!(await policy.DecideAsync(asker.UserId, AccessAction.ViewAuditLog, trainee.Id, command, cancellationToken)).Allowed)
        {
            return null;
        }

        var entries = await log.OfTraineeAsync(trainee.Id, AuditLogCards.MaxEntries, cancellationToken);
        var actors = entries.Select(e => e.ActorUserId).OfType<Guid>().Distinct().ToList();
        return cards.Log(trainee.Name, entries, await queries.ActorNamesAsync(actors, cancellationToken), language);
    }
}
