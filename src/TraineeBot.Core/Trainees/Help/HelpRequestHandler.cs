using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>
/// "Jag behöver hjälp" / "I need help" from a registered trainee opens a help request (or adds to the open one) for the
/// coordinator; a bare "jag behöver hjälp" is answered with "Vad behöver du hjälp med?" and the next message becomes
/// the case's text (<see cref="PendingHelpQuestionFeature"/>). A running dialog stays active and is asked again.
/// Anyone else gets the default answer (whom to contact, 112).
/// </summary>
internal sealed class HelpRequestHandler(HelpConversation help, DialogConversation dialogs) : IHelpRequestHandler
{
    private static readonly HashSet<string> BarePhrases = new(StringComparer.Ordinal)
    {
        "jag behover hjalp", "behover hjalp", "hjalp mig", "jag behover hjalp nu", "i need help", "need help", "help me",
    };

    private readonly DirectToPeopleHelpRequestHandler fallback = new();

    public async Task HandleAsync(ITurnContext turn, Contact contact, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        if (await help.TraineeAsync(contact, cancellationToken) is not { } journey)
        {
            await fallback.HandleAsync(turn, contact, message, cancellationToken);
            return;
        }

        var language = contact.Language;
        var bare = IsBare(message);
        var open = await help.HelpCases.FindOpenAsync(journey.Trainee.Id, cancellationToken);
        Guid caseId;
        if (open is null)
        {
            var opened = await help.Cases.OpenAsync(new OpenCase(journey.Trainee.Id, CaseKind.HelpRequest, message), cancellationToken);
            caseId = opened.Id;
        }
        else
        {
            caseId = open.Id;
            if (!bare)
            {
                await help.HelpCases.AddTraineeMessageAsync(caseId, message, cancellationToken);
            }
        }

        if (bare)
        {
            var ask = HelpTexts.Get(language, "AskWhat");
            await help.HelpCases.AddBotNoteAsync(caseId, ask, cancellationToken);
            await turn.ReplyTextAsync(ask, cancellationToken);
            return;
        }

        var received = HelpTexts.Get(language, "HelpReceived", HelpConversation.CoordinatorName(journey, language));
        await turn.ReplyTextAsync(HelpConversation.WithLongNote(received, message, language), cancellationToken);
        await dialogs.TryResumeAsync(turn, contact, cancellationToken);
    }

    internal static bool IsBare(string message) => BarePhrases.Contains(ConversationCommands.Normalize(message));
}
