using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>
/// Sends the scheduled <c>renewal-decision</c> card (<c>schedules/renewal-decision.yaml</c>) when the outbox delivers
/// it: only to the trainee's coordinator, only while the placement runs, and only when the period ending the day
/// before the occurrence's date is still undecided. Otherwise nothing is sent.
/// </summary>
internal sealed class RenewalDecisionCard(IRenewals renewals, RenewalCards cards, TimeProvider time) : IProactiveCard
{
    public bool Handles(string template) => template == RenewalCards.Template;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, string template, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(data);
        if (data["subjectUserId"] is not JsonValue subjectValue || !Guid.TryParse(subjectValue.ToString(), out var subjectUserId)
            || data["nominalDate"] is not JsonValue dateValue
            || !DateOnly.TryParseExact(dateValue.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var renewal))
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: a renewal card needs the trainee (subjectUserId) and the renewal date (nominalDate).");
        }

        var today = StockholmTime.Today(time);
        if (await renewals.EndingOnAsync(subjectUserId, renewal.AddDays(-1), cancellationToken) is not { Decision: null } subject
            || subject.Coordinator.UserId != delivery.Recipient.UserId
            || subject.Placement.PhaseOn(today) == PlacementPhase.Ended)
        {
            // Decided already (from the status card), moved, ended, or handed over to another coordinator.
            return [];
        }

        var message = delivery.Continuation.CreateReply();
        message.ReplyToId = null;
        message.Attachments = [Attachment.AdaptiveCard(cards.Form(subject, delivery.Recipient.Language), RenewalCards.Template)];
        return [message];
    }
}

/// <summary>A new placement starts its coordinator's renewal-decision schedule, in the placement's transaction.</summary>
internal sealed class RenewalSchedulesOnPlacement(IRenewals renewals) : IPlacementEvents
{
    public Task PlacementCreatedAsync(Placement placement, CancellationToken cancellationToken) => renewals.StartScheduleAsync(placement, cancellationToken);
}
