using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>
/// The first contact with a registered trainee (<see cref="TurnRouter"/>'s welcome): instead of the general welcome
/// card, the consent card — who sees what, and the question. Others keep the general welcome.
/// </summary>
public interface ITraineeWelcome
{
    /// <summary>Sends the trainee's welcome and returns true; false (nothing sent) when the general welcome applies.</summary>
    Task<bool> TryWelcomeAsync(ITurnContext turn, Contact contact, string language, CancellationToken cancellationToken);
}

internal sealed class TraineeWelcome(ConsentFlow flow) : ITraineeWelcome
{
    public async Task<bool> TryWelcomeAsync(ITurnContext turn, Contact contact, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (await flow.JourneyAsync(contact, cancellationToken) is not { } journey
            || (await flow.LatestAsync(contact, cancellationToken))?.Decision == ConsentDecision.Given)
        {
            return false;
        }

        await flow.AskAsync(turn, contact with { Language = language }, journey, language, null, cancellationToken);
        return true;
    }
}
