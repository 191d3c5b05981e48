using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.Core.Users;

namespace TraineeBot.Core.Supervisors.Flags;

/// <summary>
/// The coordinator's buttons on a supervisor's red flag: "call planned" notes it in the case, "handled" resolves it.
/// The case id from the card is checked, and the access policy lets only the trainee's coordinator (or their backup) act. Either marks the
/// supervisor's answer as seen, so a later answer becomes an addendum.
/// </summary>
internal abstract class SupervisorFlagAction(IAccessPolicy policy, ISupervisorCheckIns store, IProgramme programme, ICardRenderer cards, TimeProvider time, IAuditLog audit) : ICardAction
{
    public abstract string Verb { get; }

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (CardData.Id(action.Data, "caseId") is not { } caseId
            || await store.FindCaseAsync(caseId, cancellationToken) is not { Kind: CaseKind.RedFlag } flag)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NoCase", SupervisorTexts.Get(language, "NotFound"));
        }

        if (!(await policy.DecideAsync(action.Contact.UserId, AccessAction.HandleRedFlag, flag.TraineeId, Verb, cancellationToken)).Allowed
            || await programme.CoordinatorOfUserAsync(action.Contact.UserId, cancellationToken) is not { } coordinator)
        {
            return AdaptiveCardInvokeResponse.Error(403, "NotYourCase", SupervisorTexts.Get(language, "NotYourFlag"));
        }

        var now = time.GetUtcNow();
        flag.FirstResponseUtc ??= now;
        var when = StockholmTime.ToLocal(now).ToString("d MMMM HH:mm", BotTexts.Culture(language));
        var note = Act(flag, coordinator, now, language, when);
        if (note.Message is { } message)
        {
            store.Add(new CaseMessage { Id = Guid.CreateVersion7(now), CaseId = flag.Id, Author = CaseAuthor.Coordinator, AuthorUserId = action.Contact.UserId, Text = message, CreatedUtc = now });
            audit.Stage(new AuditEvent(action.Contact.UserId, nameof(UserRole.Coordinator), AuditActions.Decision, flag.TraineeId, Verb, Detail: nameof(CaseKind.RedFlag)));
        }

        if (flag.CheckInId is { } checkInId && await store.FindAsync(checkInId, cancellationToken) is { } checkIn)
        {
            checkIn.SeenByCoordinatorUtc ??= now;
        }

        await store.SaveAsync(cancellationToken);
        var data = await store.CaseCardDataAsync(caseId, cancellationToken) ?? [];
        data["isOpen"] = flag.Status == CaseStatus.Open;
        data["state"] = note.Shown;
        data["caseId"] = caseId.ToString();
        return AdaptiveCardInvokeResponse.Card(cards.Render(SupervisorFlagCards.Template, data));
    }

    /// <summary>Changes the case; returns the line the card shows and the note to add to the case (null: none).</summary>
    protected abstract (string Shown, string? Message) Act(Case flag, Coordinator coordinator, DateTimeOffset now, string language, string when);

}

internal sealed class SupervisorFlagCallPlanned(IAccessPolicy policy, ISupervisorCheckIns store, IProgramme programme, ICardRenderer cards, TimeProvider time, IAuditLog audit)
    : SupervisorFlagAction(policy, store, programme, cards, time, audit)
{
    public const string VerbName = "supervisor-flag.call-planned";

    public override string Verb => VerbName;

    protected override (string Shown, string? Message) Act(Case flag, Coordinator coordinator, DateTimeOffset now, string language, string when)
    {
        if (flag.Status != CaseStatus.Open)
        {
            // A stale card (the flag was handled since): nothing to plan, nothing written.
            return (SupervisorTexts.Get(language, "FlagAlreadyHandled"), null);
        }

        var note = SupervisorTexts.Get(language, "CallPlannedBy", coordinator.Name, when);
        return (note, note);
    }
}

internal sealed class SupervisorFlagHandled(IAccessPolicy policy, ISupervisorCheckIns store, IProgramme programme, ICardRenderer cards, TimeProvider time, IAuditLog audit)
    : SupervisorFlagAction(policy, store, programme, cards, time, audit)
{
    public const string VerbName = "supervisor-flag.handled";

    public override string Verb => VerbName;

    protected override (string Shown, string? Message) Act(Case flag, Coordinator coordinator, DateTimeOffset now, string language, string when)
    {
        var note = SupervisorTexts.Get(language, "HandledBy", coordinator.Name, when);
        if (flag.Status != CaseStatus.Open)
        {
            return (note, null);
        }

        flag.Status = CaseStatus.Resolved;
        flag.ResolvedUtc = now;
        flag.ResolvedByUserId = coordinator.UserId;
        return (note, note);
    }
}
