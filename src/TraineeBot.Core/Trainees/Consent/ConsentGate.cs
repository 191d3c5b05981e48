using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>
/// Every message of a registered trainee passes here first. Until they say yes, nothing else runs: the question is
/// asked again (or, after a no, a short reminder of how to say yes). "samtycke" / "consent" shows the question at any
/// time. Coordinators, supervisors and unknown users pass straight through.
/// </summary>
internal sealed class ConsentGate(ConsentFlow flow) : IMessageFeature
{
    public int Order => MessageFeatureOrder.Gate;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var contact = message.Contact;
        if (await flow.JourneyAsync(contact, cancellationToken) is not { } journey)
        {
            return false;
        }

        var latest = await flow.LatestAsync(contact, cancellationToken);
        var word = message.SubmittedData is not null && string.IsNullOrWhiteSpace(message.Text) ? ConsentWord.None : ConsentWords.Parse(message.Text);
        switch (latest?.Decision)
        {
            case ConsentDecision.Given:
                switch (word)
                {
                    case ConsentWord.Show:
                        await message.Turn.ReplyTextAsync(ConsentCard.DecidedText(message.Language, latest), cancellationToken);
                        return true;
                    case ConsentWord.Agree:
                        // "jag godkänner" again: nothing new to store (a plain "ja" goes on, to a dialog's question).
                        await flow.GiveAsync(message.Turn, contact, journey, cancellationToken);
                        return true;
                    default:
                        return false;
                }

            case null:
                switch (word)
                {
                    case ConsentWord.Yes or ConsentWord.Agree:
                        await flow.GiveAsync(message.Turn, contact, journey, cancellationToken);
                        return true;
                    case ConsentWord.No:
                        await flow.RefuseAsync(message.Turn, contact, journey, cancellationToken);
                        return true;
                    case ConsentWord.Show:
                        await flow.AskAsync(message.Turn, contact, journey, message.Language, null, cancellationToken);
                        return true;
                }

                if (contact.WelcomedUtc is not null)
                {
                    // Not when the welcome (the question itself) went out in this very turn.
                    await flow.AskAsync(message.Turn, contact, journey, message.Language, ConsentTexts.Get(message.Language, "ConsentPendingReminder"), cancellationToken);
                }

                return true;

            default:
                // Refused (or withdrawn): only a clear yes, or asking to see the question, changes anything.
                switch (word)
                {
                    case ConsentWord.Agree:
                        await flow.GiveAsync(message.Turn, contact, journey, cancellationToken);
                        return true;
                    case ConsentWord.Show:
                        await flow.AskAsync(message.Turn, contact, journey, message.Language, null, cancellationToken);
                        return true;
                }

                await message.Turn.ReplyTextAsync(ConsentTexts.Get(message.Language, "ConsentRefusedReminder"), cancellationToken);
                return true;
        }
    }
}
