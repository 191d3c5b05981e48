using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>
/// Sends a scheduled supervisor card (<c>supervisor-checkin</c>, <c>supervisor-certificate</c>) when the outbox
/// delivers it: only while the placement runs and only to the trainee's current supervisor. Stores the
/// <see cref="CheckIn"/> (bound to this supervisor, trainee and occurrence), closes the earlier open one of its kind,
/// and queues two reminders (2 and 4 working days later) that do nothing once it is answered.
/// </summary>
internal sealed class SupervisorCheckInCards(
    IProgramme programme,
    ISupervisorCheckIns store,
    SupervisorCardViews views,
    IOutbox outbox,
    WorkingCalendar calendar,
    TimeProvider time) : IProactiveCard
{
    public static readonly int[] ReminderWorkingDays = [2, 4];

    /// <summary>How long after the placement's last day the certificate input is still taken.</summary>
    public static readonly TimeSpan CertificateGrace = TimeSpan.FromDays(30);

    public bool Handles(string template) => template is CheckInKinds.Supervisor or CheckInKinds.Certificate;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, string template, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(data);
        var recipient = delivery.Recipient;
        var today = StockholmTime.Today(time);
        var now = time.GetUtcNow();
        if (data["subjectUserId"] is not JsonValue subjectValue || !Guid.TryParse(subjectValue.ToString(), out var subjectUserId))
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: a supervisor card needs the trainee (subjectUserId).");
        }

        if (await programme.JourneyOfUserAsync(subjectUserId, cancellationToken) is not { Placement: { } placement } journey
            || journey.Supervisor?.UserId != recipient.UserId
            || placement.PhaseOn(today) != PlacementPhase.Active)
        {
            // The placement ended or was moved to another supervisor since the schedule was planned: nothing to ask.
            return [];
        }

        var occurrence = $"{delivery.Message.ScheduleDefinitionId ?? template}:{delivery.Message.OccurrenceKey ?? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
        var checkIn = await store.FindAsync(journey.Trainee.Id, template, occurrence, cancellationToken);
        if (checkIn is null)
        {
            foreach (var old in await store.OpenAsync(journey.Trainee.Id, template, cancellationToken))
            {
                old.Close(now);
            }

            var closesUtc = template == CheckInKinds.Certificate
                ? calendar.ToUtc(placement.LastDay().AddDays(1), TimeOnly.MinValue) + CertificateGrace
                : calendar.ToUtc(placement.LastDay().AddDays(1), TimeOnly.MinValue);
            checkIn = new CheckIn
            {
                Id = Guid.CreateVersion7(now),
                Kind = template,
                TraineeId = journey.Trainee.Id,
                PlacementId = placement.Id,
                RespondentUserId = recipient.UserId,
                OccurrenceKey = occurrence,
                DueUtc = delivery.Message.DueUtc,
                Status = CheckInStatus.Open,
                SentUtc = now,
                ClosesUtc = closesUtc,
                OutboxMessageId = delivery.Message.Id,
                CreatedUtc = now,
            };
            store.Add(checkIn);
            await store.SaveAsync(cancellationToken);
            for (var i = 0; i < ReminderWorkingDays.Length; i++)
            {
                var at = calendar.ToUtc(calendar.AddWorkingDays(calendar.LocalDate(now), ReminderWorkingDays[i]), calendar.LocalTime(now));
                await outbox.EnqueueAsync(new OutboxRequest(
                    $"supervisor:{checkIn.Id}:reminder:{i + 1}", recipient.UserId, SupervisorOutboxKinds.Reminder,
                    new JsonObject { ["checkInId"] = checkIn.Id.ToString() }.ToJsonString(), at, ExpireAfter: TimeSpan.FromDays(3)), cancellationToken);
            }
        }

        // Rendered again after a crash between rendering and sending: the same check-in, the same card.
        var subject = new SupervisorCardSubject(checkIn, journey, recipient.Language, delivery.Continuation.From?.Id);
        var card = views.Form(subject);
        var message = delivery.Continuation.CreateReply();
        message.ReplyToId = null;
        message.Attachments = [Attachment.AdaptiveCard(card, SupervisorCardViews.Template)];
        return [message];
    }
}

/// <summary>The supervisor side's own outbox kinds.</summary>
public static class SupervisorOutboxKinds
{
    /// <summary>To the supervisor: the card is updated to show a reminder, and a short line says so; nothing once answered.</summary>
    public const string Reminder = "supervisor-reminder";
}
