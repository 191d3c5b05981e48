using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>
/// <see cref="SupervisorOutboxKinds.Reminder"/>: if the card is still unanswered and open, the card is updated in place
/// to show the reminder (no second card in the chat) and one short line points to it, so Teams notifies. At most one
/// reminder a day; after "remind me on …" the regular ones wait for that day's. The last regular reminder marks the
/// check-in unanswered (it can still be answered until it closes).
/// </summary>
internal sealed class SupervisorReminderRenderer(ISupervisorCheckIns store, IProgramme programme, SupervisorCardViews views, TimeProvider time) : IOutboxPayloadRenderer
{
    public string Kind => SupervisorOutboxKinds.Reminder;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = JsonNode.Parse(delivery.Message.PayloadJson) as JsonObject;
        if (payload?["checkInId"] is not JsonValue idValue || !Guid.TryParse(idValue.ToString(), out var checkInId))
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: no checkInId.");
        }

        // A "remind me on" reminder carries its date: one for a date since changed stays quiet.
        var laterOn = payload["later"] is JsonValue later && later.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : (DateOnly?)null;
        var isLater = laterOn is not null;
        var now = time.GetUtcNow();
        var today = StockholmTime.Today(time);
        if (await store.FindAsync(checkInId, cancellationToken) is not { } checkIn
            || checkIn.RespondentUserId != delivery.Recipient.UserId
            || checkIn.AnsweredUtc is not null
            || checkIn.Status is not (CheckInStatus.Open or CheckInStatus.Unanswered)
            || checkIn.ClosesUtc <= now
            || (checkIn.LastRemindedUtc is { } last && StockholmTime.ToLocal(last).Date == StockholmTime.ToLocal(now).Date)
            || (!isLater && checkIn.RemindOn is { } on && today <= on)
            || (isLater && checkIn.RemindOn != laterOn)
            || await programme.JourneyAsync(checkIn.TraineeId, cancellationToken) is not { } journey
            || journey.Supervisor?.UserId != delivery.Recipient.UserId)
        {
            return [];
        }

        checkIn.Reminders++;
        checkIn.LastRemindedUtc = now;
        if (!isLater && checkIn.Reminders >= SupervisorCheckInCards.ReminderWorkingDays.Length)
        {
            checkIn.Status = CheckInStatus.Unanswered;
        }

        await store.SaveAsync(cancellationToken);
        var language = delivery.Recipient.Language;
        var parts = new List<Activity>();
        var cardId = checkIn.OutboxMessageId is { } sentBy ? await store.SentActivityIdAsync(sentBy, cancellationToken) : null;
        if (cardId is not null)
        {
            var subject = new SupervisorCardSubject(checkIn, journey, language, delivery.Continuation.From?.Id);
            var update = delivery.Continuation.CreateReply();
            update.ReplyToId = null;
            update.Id = cardId;
            update.Attachments = [Attachment.AdaptiveCard(views.Form(subject, notice: SupervisorTexts.Get(language, "ReminderNotice")), SupervisorCardViews.Template)];
            parts.Add(update);
        }

        var line = delivery.Continuation.CreateReply(SupervisorTexts.Get(
            language, checkIn.Kind == CheckInKinds.Certificate ? "ReminderCertificateText" : "ReminderText", journey.Trainee.Name));
        line.ReplyToId = null;
        parts.Add(line);
        return parts;
    }
}
