using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>
/// "Radera mina uppgifter" / "delete my data", "mina uppgifter" / "my data": what the consent text promises a trainee
/// can always ask. Until export and erasure run by themselves, the request goes to the coordinator as a case (with the
/// trainee's own words), and the trainee is told who handles it — never "I did not understand".
/// </summary>
internal sealed class DataRequestFeature(HelpConversation help) : IMessageFeature
{
    private static readonly HashSet<string> Erase = new(StringComparer.Ordinal)
    {
        "radera mina uppgifter", "ta bort mina uppgifter", "radera min data", "radera allt om mig",
        "delete my data", "erase my data", "remove my data", "delete my information",
    };

    private static readonly HashSet<string> Export = new(StringComparer.Ordinal)
    {
        "mina uppgifter", "min data", "vad vet du om mig", "my data", "my information", "what do you know about me",
    };

    public int Order => MessageFeatureOrder.Commands + 10;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var said = ConversationCommands.Normalize(message.Text);
        var erase = Erase.Contains(said);
        if ((!erase && !Export.Contains(said)) || await help.TraineeAsync(message.Contact, cancellationToken) is not { } journey)
        {
            return false;
        }

        var language = message.Language;
        await help.Cases.OpenAsync(new OpenCase(journey.Trainee.Id, CaseKind.Question,
            message.Text.Trim(), CaseAuthor.Trainee, Details: [HelpTexts.Get(Users.Language.Swedish, erase ? "DataEraseDetail" : "DataExportDetail")]), cancellationToken);
        await message.Turn.ReplyTextAsync(
            HelpTexts.Get(language, erase ? "DataEraseAnswer" : "DataExportAnswer", HelpConversation.CoordinatorName(journey, language)), cancellationToken);
        return true;
    }
}
