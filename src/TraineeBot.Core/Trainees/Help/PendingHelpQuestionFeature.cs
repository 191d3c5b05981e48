using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>
/// After a bare "jag behöver hjälp" the bot asked "Vad behöver du hjälp med?" (stored as the open case's newest
/// message): the next message, whatever it is, is the answer. Comes before dialogs, so a running dialog does not take
/// it; the dialog's question is asked again afterwards.
/// </summary>
internal sealed class PendingHelpQuestionFeature(HelpConversation help, DialogConversation dialogs) : IMessageFeature
{
    public const int FeatureOrder = 50;

    public int Order => FeatureOrder;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text) || await help.TraineeAsync(message.Contact, cancellationToken) is not { } journey)
        {
            return false;
        }

        if (await help.HelpCases.FindOpenAsync(journey.Trainee.Id, cancellationToken) is not { } open || !HelpConversation.AwaitsWhat(open))
        {
            return false;
        }

        await help.HelpCases.AddTraineeMessageAsync(open.Id, message.Text, cancellationToken);
        var language = message.Language;
        var received = HelpTexts.Get(language, "HelpReceived", HelpConversation.CoordinatorName(journey, language));
        await message.Turn.ReplyTextAsync(HelpConversation.WithLongNote(received, message.Text, language), cancellationToken);
        await dialogs.TryResumeAsync(message.Turn, message.Contact, cancellationToken);
        return true;
    }
}
