using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;

namespace TraineeBot.Core.Supervisors.Flags;

/// <summary>
/// The coordinator's buttons on a supervisor's red flag: "call planned" notes it in the case, "handled" resolves it.
/// The case id from the card is checked: only the trainee's coordinator (or their backup) may act. Either marks the
/// supervisor's answer as seen, so a later answer becomes an addendum.
/// </summary>
internal abstract class SupervisorFlagAction(ISupervisorCheckIns store, IProgramme programme, ICardRenderer cards, TimeProvider time) : ICardAction
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

        if (await programme.CoordinatorOfUserAsync(action.Contact.UserId, cancellationToken) is not { } coordinator
            || !await IsResponsibleAsync(coordinator, flag, cancellationToken))
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

    private async Task<bool> IsResponsibleAsync(Coordinator coordinator, Case flag, CancellationToken cancellationToken)
    {
        if (flag.CoordinatorId == coordinator.Id)
        {
            return true;
        }

        var journey = await programme.JourneyAsync(flag.TraineeId, cancellationToken);
        return journey?.Coordinator.BackupCoordinatorId == coordinator.Id;
    }
}

internal sealed class SupervisorFlagCallPlanned(ISupervisorCheckIns store, IProgramme programme, ICardRenderer cards, TimeProvider time)
    : SupervisorFlagAction(store, programme, cards, time)
{
    public const string VerbName = "supervisor-flag.call-planned";

    public override string Verb => VerbName;

    protected override (string Shown, string? Message) Act(Case flag, Coordinator coordinator, DateTimeOffset now, string language, string when)
    {
        var note = SupervisorTexts.Get(language, "CallPlannedBy", coordinator.Name, when);
        return (note, note);
    }
}

internal sealed class SupervisorFlagHandled(ISupervisorCheckIns store, IProgramme programme, ICardRenderer cards, TimeProvider time)
    : SupervisorFlagAction(store, programme, cards, time)
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
