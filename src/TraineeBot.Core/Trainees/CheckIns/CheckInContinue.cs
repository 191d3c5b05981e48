using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>
/// <c>checkin.continue</c> (the reminder's button, also on an old reminder): continues that check-in if it is the
/// asking user's and still takes an answer; otherwise "already answered" or "this check-in is closed".
/// </summary>
internal sealed class CheckInContinue(IAccessPolicy policy, ICheckInStore store, DialogConversation dialogs, TimeProvider time) : ICardAction
{
    public string Verb => "checkin.continue";

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        var checkIn = CardData.Id(action.Data, "checkInId") is { } id
            ? await store.FindAsync(id, cancellationToken)
            : null;
        if (checkIn is null || checkIn.RespondentUserId != action.Contact.UserId
            || !(await policy.DecideAsync(action.Contact.UserId, AccessAction.AnswerOwnCheckIn, checkIn.TraineeId, Verb, cancellationToken)).Allowed)
        {
            return AdaptiveCardInvokeResponse.Message(CheckInTexts.Get(language, "Closed"));
        }

        if (checkIn.Status == CheckInStatus.Answered)
        {
            return AdaptiveCardInvokeResponse.Message(CheckInTexts.Get(language, "AlreadyAnswered"));
        }

        if (checkIn.Status is not (CheckInStatus.Open or CheckInStatus.Unanswered) || checkIn.ClosesUtc <= time.GetUtcNow())
        {
            return AdaptiveCardInvokeResponse.Message(CheckInTexts.Get(language, "Closed"));
        }

        if (checkIn.DialogRunId is { } runId)
        {
            return await dialogs.TryResumeRunAsync(action.Turn, action.Contact, runId, cancellationToken)
                ? AdaptiveCardInvokeResponse.Message(string.Empty)
                : AdaptiveCardInvokeResponse.Message(CheckInTexts.Get(language, "FinishOther"));
        }

        if (await dialogs.TryStartNewAsync(action.Turn, action.Contact, checkIn.Kind, cancellationToken) is { } run)
        {
            checkIn.DialogRunId = run.Id;
            await store.SaveAsync(cancellationToken);
            return AdaptiveCardInvokeResponse.Message(string.Empty);
        }

        return AdaptiveCardInvokeResponse.Message(CheckInTexts.Get(language, "FinishOther"));
    }
}

/// <summary>A check-in that arrived while the trainee was in another dialog starts when that dialog ends.</summary>
internal sealed class WaitingCheckIns(ICheckInStore store, TimeProvider time) : IWaitingDialogs
{
    public async Task OnRunEndedAsync(BotFramework.Hosting.ITurnContext turn, Contact contact, DialogConversation dialogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(dialogs);
        if (contact.Role != Users.UserRole.Trainee)
        {
            return;
        }

        var now = time.GetUtcNow();
        var waiting = (await store.OpenAsync(contact.UserId, cancellationToken))
            .FirstOrDefault(c => c.DialogRunId is null && c.ClosesUtc > now);
        if (waiting is null)
        {
            return;
        }

        await CheckInReplies.SayAsync(turn, CheckInTexts.Get(contact.Language, "WaitingStarts"), cancellationToken);
        if (await dialogs.TryStartNewAsync(turn, contact, waiting.Kind, cancellationToken) is { } run)
        {
            waiting.DialogRunId = run.Id;
            await store.SaveAsync(cancellationToken);
        }
    }
}
