using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// "Ja, radera allt" on the erasure card: erases the sender's own data (the card's data is ignored), replaces the card
/// with "done" and says goodbye. Pressed again (or replayed) after the erasure, the sender is no longer known as a
/// trainee: nothing more happens and they are told it is done.
/// </summary>
internal sealed partial class ConfirmErasureAction(
    OwnJourney conversation,
    ITraineeErasure erasure,
    ICardRenderer cards,
    ILogger<ConfirmErasureAction> logger) : ICardAction
{
    public string Verb => DataErasureCard.ConfirmVerb;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        var done = DataErasureCard.Render(cards, language, DataRightsTexts.Get(language, "EraseDoneCard"));
        if (await conversation.OfAsync(action.Contact, AccessAction.EraseOwnData, Verb, cancellationToken) is not { } journey)
        {
            if (action.Contact.Role is Users.UserRole.Coordinator or Users.UserRole.Supervisor)
            {
                return AdaptiveCardInvokeResponse.Message(DataRightsTexts.Get(language, "NotForYou"));
            }

            await action.Turn.ReplyTextAsync(DataRightsTexts.Get(language, "EraseNothing"), cancellationToken);
            return AdaptiveCardInvokeResponse.Card(done);
        }

        var result = await erasure.EraseAsync(journey.Trainee.Id, ErasureReason.TraineeRequest, action.Contact.UserId, cancellationToken);
        Log.Erased(logger, journey.Trainee.Id, result.Erased, result.RowsChanged);
        await action.Turn.ReplyTextAsync(DataRightsTexts.Get(language, result.Erased ? "EraseGoodbye" : "EraseNothing"), cancellationToken);
        return AdaptiveCardInvokeResponse.Card(done);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6402, Level = LogLevel.Information, Message = "Trainee {TraineeId} confirmed erasure: erased {Erased}, {Rows} rows changed")]
        public static partial void Erased(ILogger logger, Guid traineeId, bool erased, int rows);
    }
}

/// <summary>"Nej, behåll": nothing changes; the card says so.</summary>
internal sealed class CancelErasureAction(OwnJourney conversation, ICardRenderer cards) : ICardAction
{
    public string Verb => DataErasureCard.CancelVerb;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (await conversation.OfAsync(action.Contact, AccessAction.EraseOwnData, Verb, cancellationToken) is null)
        {
            return AdaptiveCardInvokeResponse.Message(DataRightsTexts.Get(language, "NotForYou"));
        }

        await action.Turn.ReplyTextAsync(DataRightsTexts.Get(language, "EraseCancelled"), cancellationToken);
        return AdaptiveCardInvokeResponse.Card(DataErasureCard.Render(cards, language, DataRightsTexts.Get(language, "EraseCancelledCard")));
    }
}
