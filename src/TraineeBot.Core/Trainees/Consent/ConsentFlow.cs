using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Plan;
using ConsentRow = TraineeBot.Core.Programme.Consent;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>What happened to a trainee's answer to the consent question.</summary>
public enum ConsentOutcome
{
    /// <summary>A new decision was stored.</summary>
    Recorded,

    /// <summary>The same decision was already stored: nothing new.</summary>
    Unchanged,

    /// <summary>The trainee had said yes; a "no" is not taken as a withdrawal (that is "radera mina uppgifter").</summary>
    AlreadyGiven,
}

/// <summary>
/// The consent question and the trainee's answer to it, shared by the welcome, the gate and the card buttons.
/// Only the trainee's own user id is ever used (never an id from card data), and the access policy must let them
/// answer for themself.
/// </summary>
[AccessGuard]
public sealed partial class ConsentFlow(
    OwnJourney own,
    IConsents consents,
    IOutbox outbox,
    ITraineeFacts facts,
    DialogConversation dialogs,
    ICardRenderer cards,
    Scheduling.ISchedules schedules,
    TimeProvider time,
    ILogger<ConsentFlow> logger)
{
    /// <summary>The dialog started after a yes, when it exists and the trainee has no interest profile yet.</summary>
    public const string InventoryDialogId = "interest-inventory";

    /// <summary>The asker's own journey when they are a trainee the policy lets answer the consent question; else null.</summary>
    public Task<TraineeJourney?> JourneyAsync(Contact contact, CancellationToken cancellationToken) =>
        own.OfAsync(contact, AccessAction.AnswerConsent, "consent", cancellationToken);

    public Task<ConsentRow?> LatestAsync(Contact contact, CancellationToken cancellationToken) =>
        consents.LatestAsync(contact.UserId, cancellationToken);

    /// <summary>Sends the consent card with its buttons (after <paramref name="lead"/>, when given).</summary>
    public async Task AskAsync(ITurnContext turn, Contact contact, TraineeJourney journey, string language, string? lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(journey);
        if (lead is not null)
        {
            await turn.ReplyTextAsync(lead, cancellationToken);
        }

        var card = turn.Activity.CreateReply();
        card.ReplyToId = null;
        card.Attachments = [Attachment.AdaptiveCard(ConsentCard.Render(cards, language, contact.Name ?? journey.Trainee.Name, journey.Coordinator.Name), ConsentCard.TemplateName)];
        await turn.SendActivityAsync(card, cancellationToken);
    }

    /// <summary>Stores a yes, thanks the trainee and starts the interest inventory when there is one to do.</summary>
    public async Task<(ConsentOutcome Outcome, ConsentRow Decision)> GiveAsync(ITurnContext turn, Contact contact, TraineeJourney journey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var language = contact.Language;
        if (await consents.LatestAsync(contact.UserId, cancellationToken) is { Decision: ConsentDecision.Given } given)
        {
            await turn.ReplyTextAsync(ConsentTexts.Get(language, "ConsentAlreadyGiven", Day(language, given)), cancellationToken);
            return (ConsentOutcome.Unchanged, given);
        }

        var previous = await consents.LatestAsync(contact.UserId, cancellationToken);
        var recorded = await consents.RecordAsync(contact.UserId, ConsentDecision.Given, ConsentCard.TextVersion, language, cancellationToken);
        if (previous?.Decision == ConsentDecision.Withdrawn)
        {
            // The schedules paused by the withdrawal go on from now (what fell due meanwhile is not sent late).
            await schedules.ResumeAllAsync(contact.UserId, cancellationToken);
        }

        Log.Given(logger, journey.Trainee.Id, ConsentCard.TextVersion);
        var startInventory = dialogs.FindDefinition(InventoryDialogId) is not null
            && !await facts.HasInterestProfileAsync(journey.Trainee.Id, cancellationToken);
        await turn.ReplyTextAsync(ConsentTexts.Get(language, "ConsentThanks") + " "
            + ConsentTexts.Get(language, startInventory ? "ConsentThanksInventory" : "ConsentThanksHelp"), cancellationToken);
        if (startInventory)
        {
            await dialogs.StartAsync(turn, contact, InventoryDialogId, cancellationToken);
        }

        return (ConsentOutcome.Recorded, recorded);
    }

    /// <summary>Stores a no (only that), tells the trainee what it means and queues a note to their coordinator.</summary>
    public async Task<(ConsentOutcome Outcome, ConsentRow Decision)> RefuseAsync(ITurnContext turn, Contact contact, TraineeJourney journey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var language = contact.Language;
        switch (await consents.LatestAsync(contact.UserId, cancellationToken))
        {
            case { Decision: ConsentDecision.Given } given:
                await turn.ReplyTextAsync(ConsentTexts.Get(language, "ConsentAlreadyGiven", Day(language, given)), cancellationToken);
                return (ConsentOutcome.AlreadyGiven, given);
            case { Decision: ConsentDecision.Refused } refused:
                await turn.ReplyTextAsync(ConsentTexts.Get(language, "ConsentRefusedReminder"), cancellationToken);
                return (ConsentOutcome.Unchanged, refused);
        }

        var coordinatorLanguage = await facts.LanguageOfUserAsync(journey.Coordinator.UserId, cancellationToken);
        var note = ConsentTexts.Get(coordinatorLanguage, "ConsentCoordinatorNotice", journey.Trainee.Name);
        // The refusal and the note to the coordinator are stored in one save: both or neither.
        var recorded = consents.Stage(contact.UserId, ConsentDecision.Refused, ConsentCard.TextVersion, language);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"consent-refused:{recorded.Id}",
            journey.Coordinator.UserId,
            OutboxKinds.Activity,
            ActivityPayload.Markdown(note),
            time.GetUtcNow(),
            ExpireAfter: TimeSpan.FromDays(30)), cancellationToken);
        Log.Refused(logger, journey.Trainee.Id, ConsentCard.TextVersion);
        await turn.ReplyTextAsync(ConsentTexts.Get(language, "ConsentRefusedExplained", journey.Coordinator.Name), cancellationToken);
        return (ConsentOutcome.Recorded, recorded);
    }

    private static string Day(string language, ConsentRow consent) =>
        PlanDates.Format(language, DateOnly.FromDateTime(Localization.StockholmTime.ToLocal(consent.DecidedUtc).DateTime));

    private static partial class Log
    {
        [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Trainee {TraineeId} gave consent ({TextVersion})")]
        public static partial void Given(ILogger logger, Guid traineeId, string textVersion);

        [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Trainee {TraineeId} refused consent ({TextVersion}); the coordinator is told")]
        public static partial void Refused(ILogger logger, Guid traineeId, string textVersion);
    }
}
