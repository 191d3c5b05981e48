using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Dialogs;

/// <summary><c>thank-user</c>: thanks the user for their answers, in their language.</summary>
internal sealed class ThankUser : IDialogEndAction
{
    public string Name => "thank-user";

    public Task RunAsync(DialogEndContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reply = context.Turn.Activity.CreateReply(BotTexts.Get(context.Contact.Language, TextKey.DialogThankUser));
        return context.Turn.SendActivityAsync(reply, cancellationToken);
    }
}
