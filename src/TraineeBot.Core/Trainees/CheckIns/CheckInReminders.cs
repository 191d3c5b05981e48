using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>
/// <see cref="CheckInOutboxKinds.Reminder"/>: one reminder card (<c>cards/checkin-reminder.json</c>) with a button that
/// continues the check-in, sent only if the check-in still takes an answer and is unanswered.
/// </summary>
internal sealed class CheckInReminderRenderer(ICheckInStore store, ICardRenderer cards, TimeProvider time) : IOutboxPayloadRenderer
{
    public const string Template = "checkin-reminder";

    public string Kind => CheckInOutboxKinds.Reminder;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var now = time.GetUtcNow();
        if (await CheckInOf(delivery, store, cancellationToken) is not { } checkIn
            || checkIn.RespondentUserId != delivery.Recipient.UserId
            || checkIn.Status is not (CheckInStatus.Open or CheckInStatus.Unanswered)
            || checkIn.ClosesUtc <= now)
        {
            return [];
        }

        checkIn.Reminders++;
        checkIn.LastRemindedUtc = now;
        await store.SaveAsync(cancellationToken);
        var language = delivery.Recipient.Language;
        var isCheckIn = checkIn.Kind == CheckInKinds.Trainee;
        var card = cards.Render(Template, new JsonObject
        {
            ["title"] = CheckInTexts.Get(language, "ReminderTitle"),
            ["text"] = CheckInTexts.Get(language, isCheckIn ? "ReminderCheckIn" : "ReminderAfter"),
            ["button"] = CheckInTexts.Get(language, isCheckIn ? "ReminderContinue" : "ReminderAnswer"),
            ["checkInId"] = checkIn.Id.ToString(),
        });
        var reply = delivery.Continuation.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [Attachment.AdaptiveCard(card, Template)];
        return [reply];
    }

    internal static async Task<CheckIn?> CheckInOf(ProactiveDelivery delivery, ICheckInStore store, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(delivery.Message.PayloadJson) as JsonObject;
        return payload?["checkInId"]?.GetValue<string>() is { } text && Guid.TryParse(text, out var id)
            ? await store.FindAsync(id, cancellationToken)
            : throw new OutboxPayloadException($"Message {delivery.Message.Id}: no checkInId.");
    }
}

/// <summary>
/// <see cref="CheckInOutboxKinds.Alert"/>: 5 working days after a check-in went out, if it is still unanswered, it
/// becomes <see cref="CheckInStatus.Unanswered"/> and the coordinator is told (the trainee can still answer until it closes).
/// </summary>
internal sealed class CheckInAlertRenderer(ICheckInStore store, TimeProvider time) : IOutboxPayloadRenderer
{
    public string Kind => CheckInOutboxKinds.Alert;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (await CheckInReminderRenderer.CheckInOf(delivery, store, cancellationToken) is not { Status: CheckInStatus.Open } checkIn
            || checkIn.ClosesUtc <= time.GetUtcNow())
        {
            return [];
        }

        checkIn.Status = CheckInStatus.Unanswered;
        await store.SaveAsync(cancellationToken);
        var language = delivery.Recipient.Language;
        var name = (JsonNode.Parse(delivery.Message.PayloadJson) as JsonObject)?["trainee"]?.GetValue<string>() ?? "?";
        var sent = StockholmTime.ToLocal(checkIn.SentUtc ?? checkIn.DueUtc).ToString("d MMMM", BotTexts.Culture(language));
        var reply = delivery.Continuation.CreateReply(CheckInTexts.Get(language, "Alert", name, sent));
        reply.ReplyToId = null;
        return [reply];
    }
}
