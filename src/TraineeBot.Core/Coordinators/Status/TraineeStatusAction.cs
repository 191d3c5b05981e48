using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.Core.Users;

namespace TraineeBot.Core.Coordinators.Status;

/// <summary>
/// Shows one trainee to a coordinator (from a name in a list, or "hur går det för Amira?"), only when the access policy
/// allows the asker to see that trainee's status (their caseload, or all by grant; the read is audited); showing the
/// supervisor's latest answer marks it seen by the coordinator.
/// </summary>
[AccessGuard]
public sealed partial class TraineeStatusView(
    IAccessPolicy policy, ICaseloadQueries queries, ISupervisorCheckIns checkIns, IProgramme programme, StatusCards cards, TimeProvider time,
    ILogger<TraineeStatusView> logger)
{
    /// <summary>The card, or null when the asker may not see the trainee (or there is no such trainee).</summary>
    /// <param name="command">The command or verb that asked, for the audit log.</param>
    public async Task<JsonObject?> ShowAsync(Guid askerUserId, Guid traineeId, string language, string command, CancellationToken cancellationToken)
    {
        var today = StockholmTime.Today(time);
        var decision = await policy.DecideAsync(askerUserId, AccessAction.ViewTraineeStatus, traineeId, command, cancellationToken);
        if (!decision.Allowed || decision.Asker.Caseload is not { } caseload
            || await queries.TraineeAsync(caseload, traineeId, today, cancellationToken) is not { } status)
        {
            Log.OutsideCaseload(logger, askerUserId, traineeId);
            return null;
        }

        if (status.LastSupervisorAnswer is { } answer && await checkIns.FindAsync(answer.CheckInId, cancellationToken) is { SeenByCoordinatorUtc: null } seen)
        {
            seen.SeenByCoordinatorUtc = time.GetUtcNow();
            await checkIns.SaveAsync(cancellationToken);
        }

        var others = (await programme.CoordinatorsAsync(cancellationToken)).Where(c => c.Id != status.Journey.Coordinator.Id).ToList();
        return cards.Trainee(status, language, today, others);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "User {UserId} asked for trainee {TraineeId}, who is not in their caseload: refused")]
        public static partial void OutsideCaseload(ILogger logger, Guid userId, Guid traineeId);
    }
}

/// <summary><c>coordinator.trainee</c>: a name on a status card was pressed; the id is checked against the asker's caseload.</summary>
internal sealed class TraineeStatusAction(TraineeStatusView view) : ICardAction
{
    public const string VerbName = "coordinator.trainee";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (CardData.Id(action.Data, "traineeId") is not { } traineeId
            || await view.ShowAsync(action.Contact.UserId, traineeId, language, Verb, cancellationToken) is not { } card)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", StatusTexts.Get(language, "NotInCaseload"));
        }

        return AdaptiveCardInvokeResponse.Card(card);
    }
}

/// <summary>
/// <c>coordinator.hand-over</c>: the trainee (checked against the asker's caseload) moves to the chosen coordinator
/// (checked to exist); their history goes with them, and the new coordinator gets a card with the trainee's name.
/// </summary>
internal sealed class HandOverAction(
    CoordinatorCaseloads caseloads, ICaseloadQueries queries, IProgramme programme, IOutbox outbox, StatusCards cards, TimeProvider time, IAuditLog audit) : ICardAction
{
    public const string VerbName = "coordinator.hand-over";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        var today = StockholmTime.Today(time);
        if (CardData.Id(action.Data, "traineeId") is not { } traineeId
            || await caseloads.ForAsync(action.Contact.UserId, AccessAction.HandOver, traineeId, Verb, cancellationToken) is not { } asker
            || await queries.TraineeAsync(asker.Caseload, traineeId, today, cancellationToken) is not { } status)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", StatusTexts.Get(language, "NotInCaseload"));
        }

        var coordinators = await programme.CoordinatorsAsync(cancellationToken);
        if (CardData.Id(action.Data, "coordinatorId") is not { } toId
            || coordinators.FirstOrDefault(c => c.Id == toId) is not { } to || to.Id == status.Journey.Coordinator.Id)
        {
            return AdaptiveCardInvokeResponse.Error(400, "NoCoordinator", StatusTexts.Get(language, "HandOverInvalid"));
        }

        // Saved with the hand-over (the programme's save).
        audit.Stage(new AuditEvent(action.Contact.UserId, nameof(UserRole.Coordinator), AuditActions.ChangeAssignment, traineeId, VerbName, Detail: "hand-over"));
        await programme.HandOverAsync(traineeId, to.Id, cancellationToken);
        var toLanguage = await queries.UserLanguageAsync(to.UserId, cancellationToken);
        var notice = cards.OneList(StatusTexts.Get(toLanguage, "HandedOverTo", asker.Coordinator.Name),
            [new StatusLine(traineeId, status.Journey.Trainee.Name)], toLanguage, today);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"hand-over:{traineeId}:{to.Id}:{time.GetUtcNow().ToUnixTimeMilliseconds()}", to.UserId, OutboxKinds.Activity,
            System.Text.Json.JsonSerializer.Serialize(
                new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(notice, StatusCards.ListTemplate)] }, BotJsonContext.Default.Activity),
            time.GetUtcNow()), cancellationToken);
        return AdaptiveCardInvokeResponse.Message(StatusTexts.Get(language, "HandedOver", status.Journey.Trainee.Name, to.Name));
    }
}
