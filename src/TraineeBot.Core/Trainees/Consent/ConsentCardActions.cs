using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>
/// The consent card's buttons. The card's data is ignored but for its verb: the decision is always the sender's own,
/// and only a registered trainee's is stored. The clicked card then shows the decision instead of the buttons.
/// </summary>
internal abstract class ConsentCardAction(ConsentFlow flow, ICardRenderer cards) : ICardAction
{
    public abstract string Verb { get; }

    protected abstract bool Gives { get; }

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var contact = action.Contact;
        if (await flow.JourneyAsync(contact, cancellationToken) is not { } journey)
        {
            return AdaptiveCardInvokeResponse.Message(ConsentTexts.Get(action.Language, "ConsentNotForYou"));
        }

        var (_, decision) = Gives
            ? await flow.GiveAsync(action.Turn, contact, journey, cancellationToken)
            : await flow.RefuseAsync(action.Turn, contact, journey, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(ConsentCard.Render(
            cards, action.Language, contact.Name ?? journey.Trainee.Name, journey.Coordinator.Name, ConsentCard.DecidedText(action.Language, decision)));
    }
}

internal sealed class GiveConsentAction(ConsentFlow flow, ICardRenderer cards) : ConsentCardAction(flow, cards)
{
    public override string Verb => ConsentCard.GiveVerb;

    protected override bool Gives => true;
}

internal sealed class RefuseConsentAction(ConsentFlow flow, ICardRenderer cards) : ConsentCardAction(flow, cards)
{
    public override string Verb => ConsentCard.RefuseVerb;

    protected override bool Gives => false;
}
