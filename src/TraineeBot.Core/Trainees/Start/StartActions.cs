using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Start;

/// <summary><c>start.arrived</c>: "I am here" on the first morning: stores the time and thanks; twice → "already noted".</summary>
internal sealed class StartArrived(IAccessPolicy policy, IStartChecklistStore store, TimeProvider time) : ICardAction
{
    public string Verb => "start.arrived";

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (await StartActionChecks.OwnPlacementAsync(policy, store, action, cancellationToken) is not { } placement)
        {
            return AdaptiveCardInvokeResponse.Message(StartTexts.Get(action.Language, "NotYours"));
        }

        if (placement.ArrivedUtc is not null)
        {
            return AdaptiveCardInvokeResponse.Message(StartTexts.Get(action.Language, "AlreadyNoted"));
        }

        placement.ArrivedUtc = time.GetUtcNow();
        await store.SaveAsync(cancellationToken);
        return AdaptiveCardInvokeResponse.Message(StartTexts.Get(action.Language, "ArrivedThanks"));
    }
}

/// <summary>
/// <c>start.cannot-come</c>: "I can't come": stores the time, opens an absence case for the coordinator at once (a
/// first day missed must not wait for a reason that may never come) and asks why; the next message is the reason
/// (<see cref="CannotComeReason"/>), added to the case. Twice → "already noted".
/// </summary>
internal sealed class StartCannotCome(IAccessPolicy policy, IStartChecklistStore store, ICases cases, TimeProvider time) : ICardAction
{
    public string Verb => "start.cannot-come";

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (await StartActionChecks.OwnPlacementAsync(policy, store, action, cancellationToken) is not { } placement)
        {
            return AdaptiveCardInvokeResponse.Message(StartTexts.Get(action.Language, "NotYours"));
        }

        if (placement.CannotComeUtc is not null)
        {
            return AdaptiveCardInvokeResponse.Message(StartTexts.Get(action.Language, "AlreadyNoted"));
        }

        placement.CannotComeUtc = time.GetUtcNow();
        await store.SaveAsync(cancellationToken);
        await StartActionChecks.AbsenceCaseAsync(cases, placement, cancellationToken);
        return AdaptiveCardInvokeResponse.Message(StartTexts.Get(action.Language, "AskReason"));
    }
}

/// <summary>
/// The message after "I can't come" (within <see cref="Window"/>) is the reason: stored on the placement and sent to
/// the coordinator as an absence case (one per placement).
/// </summary>
internal sealed class CannotComeReason(IAccessPolicy policy, IStartChecklistStore store, ICases cases, Help.IHelpCases caseMessages, IProgramme programme, TimeProvider time) : IMessageFeature
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(12);

    public int Order => MessageFeatureOrder.Commands + 50;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Contact.Role != Users.UserRole.Trainee || string.IsNullOrWhiteSpace(message.Text) || message.SubmittedData is not null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (await store.AwaitingReasonAsync(message.Contact.UserId, now - Window, cancellationToken) is not { } placement
            || !(await policy.DecideAsync(message.Contact.UserId, AccessAction.AnswerOwnCheckIn, placement.TraineeId, "start.reason", cancellationToken)).Allowed)
        {
            return false;
        }

        placement.CannotComeReason = message.Text.Trim();
        await store.SaveAsync(cancellationToken);
        var journey = await programme.JourneyOfUserAsync(message.Contact.UserId, cancellationToken);
        var absence = await StartActionChecks.AbsenceCaseAsync(cases, placement, cancellationToken);
        await caseMessages.AddTraineeMessageAsync(absence.Id, placement.CannotComeReason, cancellationToken);
        var reply = message.Turn.Activity.CreateReply(StartTexts.Get(message.Language, "ReasonThanks", journey?.Coordinator.Name ?? "?"));
        await message.Turn.SendActivityAsync(reply, cancellationToken);
        return true;
    }
}

internal static class StartActionChecks
{
    /// <summary>The placement's absence case: opened (and the coordinator's card queued) the first time, found after.</summary>
    public static Task<Case> AbsenceCaseAsync(ICases cases, Placement placement, CancellationToken cancellationToken)
    {
        var day = placement.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return cases.OpenAsync(new OpenCase(placement.TraineeId, CaseKind.Absence, StartTexts.Get("sv", "CaseText", day),
            CaseAuthor.Bot, IdempotencyKey: $"absence:{placement.Id}"), cancellationToken);
    }

    /// <summary>The placement named in the card's data, if the access policy lets the asker answer for its trainee (their own).</summary>
    public static async Task<Placement?> OwnPlacementAsync(IAccessPolicy policy, IStartChecklistStore store, CardActionTurn action, CancellationToken cancellationToken) =>
        CardData.Id(action.Data, "placementId") is { } id
            && await store.FindAsync(id, cancellationToken) is var (placement, _, trainee) && trainee.UserId == action.Contact.UserId
            && (await policy.DecideAsync(action.Contact.UserId, AccessAction.AnswerOwnCheckIn, trainee.Id, action.Verb, cancellationToken)).Allowed
            ? placement
            : null;
}
