using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>What the help request, the case relay and the questions share: who the trainee is, replies, the case texts.</summary>
[AccessGuard]
internal sealed class HelpConversation(OwnJourney own, ICases cases, IHelpCases helpCases)
{
    public ICases Cases => cases;

    public IHelpCases HelpCases => helpCases;

    /// <summary>The registered trainee who wrote, when the access policy lets them ask for help; else null (coordinators, supervisors, unregistered users).</summary>
    public Task<TraineeJourney?> TraineeAsync(Contact contact, CancellationToken cancellationToken) =>
        TraineeAsync(contact, AccessAction.AskForHelp, "help", cancellationToken);

    /// <summary>The registered trainee who wrote, when the access policy allows them <paramref name="action"/> about themself; else null.</summary>
    public Task<TraineeJourney?> TraineeAsync(Contact contact, AccessAction action, string command, CancellationToken cancellationToken) =>
        own.OfAsync(contact, action, command, cancellationToken);

    public static string CoordinatorName(TraineeJourney journey, string language) =>
        WelcomeCard.FirstName(journey.Coordinator.Name) ?? HelpTexts.Get(language, "CoordinatorFallbackName");

    /// <summary>True when the bot's newest note in the case asked "what do you need help with?" and waits for the answer.</summary>
    public static bool AwaitsWhat(OpenHelpCase open) =>
        open.LastAuthor == CaseAuthor.Bot
        && (open.LastText == HelpTexts.Get(Users.Language.Swedish, "AskWhat") || open.LastText == HelpTexts.Get(Users.Language.English, "AskWhat"));

    /// <summary>Appends "your message was long, all of it is kept" to <paramref name="text"/> when the trainee's message was long.</summary>
    public static string WithLongNote(string text, string message, string language) =>
        message.Length > HelpTexts.LongTextLength ? text + " " + HelpTexts.Get(language, "LongKept") : text;
}
