using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Conversations;

/// <summary>Until requests reach a coordinator, the bot tells the user whom to contact, and 112 when it is urgent.</summary>
internal sealed class DirectToPeopleHelpRequestHandler : IHelpRequestHandler
{
    public Task HandleAsync(ITurnContext turn, Contact contact, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        var reply = turn.Activity.CreateReply(BotTexts.Get(contact.Language, TextKey.NeedHelpNoCoordinator));
        reply.TextFormat = "markdown";
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
