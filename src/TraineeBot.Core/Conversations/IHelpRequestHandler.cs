using TraineeBot.BotFramework.Hosting;

namespace TraineeBot.Core.Conversations;

/// <summary>
/// What happens when a user says they need a person's help ("jag behöver hjälp"), whatever else is going on. The
/// escalation feature replaces the default, which says honestly who to contact.
/// </summary>
public interface IHelpRequestHandler
{
    Task HandleAsync(ITurnContext turn, Contact contact, string message, CancellationToken cancellationToken);
}
