using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Dialogs;

/// <summary><c>thank-user</c>: thanks the user with the definition's completion message, in their language.</summary>
internal sealed class ThankUser : IDialogEndAction
{
    public const string ActionName = "thank-user";

    public string Name => ActionName;

    public Task RunAsync(DialogEndContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = string.IsNullOrWhiteSpace(context.CompletionMessage)
            ? BotTexts.Get(context.Contact.Language, TextKey.DialogThankUser)
            : context.CompletionMessage;
        var reply = context.Turn.Activity.CreateReply(text);
        return context.Turn.SendActivityAsync(reply, cancellationToken);
    }
}
