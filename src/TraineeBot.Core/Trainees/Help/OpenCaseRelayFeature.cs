using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>
/// While a trainee's help request or question is open, what they write that nothing else took (no dialog, no
/// command) is added to the case and relayed to the coordinator. After dialogs, before the FAQ.
/// </summary>
internal sealed class OpenCaseRelayFeature(HelpConversation help) : IMessageFeature
{
    public const int FeatureOrder = 850;

    public int Order => FeatureOrder;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text) || await help.TraineeAsync(message.Contact, cancellationToken) is not { } journey
            || await help.HelpCases.FindOpenAsync(journey.Trainee.Id, cancellationToken) is not { } open)
        {
            return false;
        }

        await help.HelpCases.AddTraineeMessageAsync(open.Id, message.Text, cancellationToken);
        var language = message.Language;
        var sent = HelpTexts.Get(language, "AddedToCase", HelpConversation.CoordinatorName(journey, language));
        await message.Turn.ReplyTextAsync(HelpConversation.WithLongNote(sent, message.Text, language), cancellationToken);
        return true;
    }
}
