using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Trainees.Consent;
using TraineeBot.Core.Trainees.Plan;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// "Återkalla samtycke" / "withdraw consent": the decision <see cref="ConsentDecision.Withdrawn"/> is stored with its
/// audit entry and, in the same save, every message to the trainee not sent yet is cancelled; their schedules are
/// paused (resumed from then on if they give consent again); the coordinator is told. From then on the consent gate
/// treats them as after a refusal: only "jag godkänner" / "I agree" (or "samtycke" to see the question) changes it.
/// </summary>
internal sealed partial class ConsentWithdrawal(
    IConsents consents,
    IOutbox outbox,
    ISchedules schedules,
    IAuditLog audit,
    ITraineeFacts facts,
    TimeProvider time,
    ILogger<ConsentWithdrawal> logger)
{
    public const string Command = "consent.withdraw";

    public async Task WithdrawAsync(ITurnContext turn, Contact contact, TraineeJourney journey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(journey);
        var language = contact.Language;
        if (await consents.LatestAsync(contact.UserId, cancellationToken) is not { Decision: ConsentDecision.Given })
        {
            await turn.ReplyTextAsync(DataRightsTexts.Get(language, "WithdrawNothing"), cancellationToken);
            return;
        }

        var withdrawn = consents.Stage(contact.UserId, ConsentDecision.Withdrawn, ConsentCard.TextVersion, language);
        audit.Stage(new AuditEvent(contact.UserId, nameof(Users.UserRole.Trainee), AuditActions.ConsentWithdrawn, journey.Trainee.Id, Command));
        // Saves the decision and its audit entry with the cancellations: all or nothing.
        var cancelled = await outbox.CancelPendingAsync(contact.UserId, "Consent withdrawn", cancellationToken);
        var paused = await schedules.PauseAllAsync(contact.UserId, cancellationToken);

        var coordinatorLanguage = await facts.LanguageOfUserAsync(journey.Coordinator.UserId, cancellationToken);
        var note = DataRightsTexts.Get(coordinatorLanguage, "WithdrawCoordinatorNotice", journey.Trainee.Name);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"consent-withdrawn:{withdrawn.Id}",
            journey.Coordinator.UserId,
            OutboxKinds.Activity,
            ActivityPayload.Markdown(note),
            time.GetUtcNow(),
            ExpireAfter: TimeSpan.FromDays(30)), cancellationToken);
        Log.Withdrawn(logger, journey.Trainee.Id, cancelled, paused);
        await turn.ReplyTextAsync(
            DataRightsTexts.Get(language, "WithdrawDone", Conversations.WelcomeCard.FirstName(journey.Coordinator.Name) ?? journey.Coordinator.Name), cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6403, Level = LogLevel.Information, Message = "Trainee {TraineeId} withdrew consent: {Cancelled} messages cancelled, {Paused} schedules paused")]
        public static partial void Withdrawn(ILogger logger, Guid traineeId, int cancelled, int paused);
    }
}
