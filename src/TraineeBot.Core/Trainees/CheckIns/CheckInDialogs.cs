using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>
/// Starts a scheduled check-in (<c>trainee-checkin</c>) or follow-up (<c>after-programme</c>) when the outbox delivers
/// it: only to a trainee who has consented, a check-in only while the placement runs, a follow-up only after it
/// ended. Stores the <see cref="CheckIn"/>, closes the earlier open one, starts the dialog (or, when the trainee is in
/// another dialog, says it waits: <see cref="WaitingCheckIns"/> starts it when that one ends) and queues the reminder
/// and the coordinator's alert as future outbox messages that check the check-in when they fall due.
/// </summary>
internal sealed class CheckInDialogs(
    IProgramme programme,
    IConsents consents,
    ICheckInStore store,
    IOutbox outbox,
    DialogConversation dialogs,
    WorkingCalendar calendar,
    TimeProvider time) : IProactiveDialog
{
    public bool Handles(string dialogId) => dialogId is CheckInKinds.Trainee or CheckInKinds.AfterProgramme;

    public async Task<IReadOnlyList<Activity>> StartAsync(ProactiveDelivery delivery, ITurnContext turn, string dialogId, JsonObject payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var recipient = delivery.Recipient;
        var now = time.GetUtcNow();
        var today = StockholmTime.Today(time);
        var isCheckIn = dialogId == CheckInKinds.Trainee;
        if (await programme.JourneyOfUserAsync(recipient.UserId, cancellationToken) is not { Placement: { } placement } journey
            || (isCheckIn && placement.PhaseOn(today) != PlacementPhase.Active)
            || (!isCheckIn && today <= placement.LastDay())
            || !await consents.HasConsentedAsync(recipient.UserId, cancellationToken))
        {
            return [];
        }

        var nominal = payload["context"]?["nominalDate"]?.GetValue<string>() is { } date
            ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : today;
        var occurrence = isCheckIn
            ? delivery.Message.OccurrenceKey ?? nominal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{MonthsAfter(placement.LastDay(), nominal)}m";
        if (await store.FindAsync(journey.Trainee.Id, dialogId, occurrence, cancellationToken) is { } existing)
        {
            // Delivered again after a crash between rendering and recording: pick up what was started.
            if (existing.DialogRunId is { } runId)
            {
                await dialogs.TryResumeRunAsync(turn, recipient, runId, cancellationToken);
            }

            return [];
        }

        // The new one closes the earlier ones of its kind and any other past its closing time (and their runs, so the
        // trainee is not left in an old check-in).
        foreach (var old in (await store.OpenAsync(recipient.UserId, cancellationToken)).Where(c => c.Kind == dialogId || c.ClosesUtc <= now))
        {
            old.Close(now);
            if (old.DialogRunId is { } oldRun)
            {
                await dialogs.CloseRunAsync(turn, recipient, oldRun, cancellationToken);
            }
        }

        var next = delivery.Message.ScheduleId is { } scheduleId ? await store.NextDueAsync(scheduleId, cancellationToken) : null;
        if (isCheckIn)
        {
            // A check-in closes when the next one is due, and at the latest when the placement ends.
            var afterEnd = calendar.ToUtc(placement.LastDay().AddDays(1), TimeOnly.MinValue);
            next = next is { } due && due < afterEnd ? due : afterEnd;
        }

        var checkIn = new CheckIn
        {
            Id = Guid.CreateVersion7(now),
            Kind = dialogId,
            TraineeId = journey.Trainee.Id,
            PlacementId = placement.Id,
            RespondentUserId = recipient.UserId,
            OccurrenceKey = occurrence,
            DueUtc = delivery.Message.DueUtc,
            Status = CheckInStatus.Open,
            SentUtc = now,
            ClosesUtc = next ?? now + (isCheckIn ? CheckInTiming.DefaultInterval : CheckInTiming.FollowUpOpen),
            CreatedUtc = now,
        };
        store.Add(checkIn);
        await store.SaveAsync(cancellationToken);

        IReadOnlyList<Activity> extra = [];
        if (await dialogs.TryStartNewAsync(turn, recipient, dialogId, cancellationToken) is { } run)
        {
            checkIn.DialogRunId = run.Id;
        }
        else
        {
            var waiting = delivery.Continuation.CreateReply(CheckInTexts.Get(recipient.Language, "Waiting"));
            waiting.ReplyToId = null;
            extra = [waiting];
        }

        await store.SaveAsync(cancellationToken);
        var remindAt = CheckInTiming.ReminderAt(calendar, dialogId, now);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"checkin:{checkIn.Id}:reminder", recipient.UserId, CheckInOutboxKinds.Reminder,
            new JsonObject { ["checkInId"] = checkIn.Id.ToString() }.ToJsonString(), remindAt, ExpireAfter: TimeSpan.FromDays(2)), cancellationToken);
        if (isCheckIn)
        {
            await outbox.EnqueueAsync(new OutboxRequest(
                $"checkin:{checkIn.Id}:alert", journey.Coordinator.UserId, CheckInOutboxKinds.Alert,
                new JsonObject { ["checkInId"] = checkIn.Id.ToString(), ["trainee"] = journey.Trainee.Name }.ToJsonString(),
                CheckInTiming.AlertAt(calendar, now), ExpireAfter: TimeSpan.FromDays(7)), cancellationToken);
        }

        return extra;
    }

    /// <summary>3, 6 or 12: the whole months from the last day to the follow-up's date, rounded.</summary>
    internal static int MonthsAfter(DateOnly lastDay, DateOnly date) =>
        (int)Math.Round((date.DayNumber - lastDay.DayNumber) / 30.44, MidpointRounding.AwayFromZero);
}

/// <summary>The check-ins' own outbox kinds: messages that look at the check-in when they fall due.</summary>
public static class CheckInOutboxKinds
{
    /// <summary>To the respondent, 2 working days after a check-in (5 after a follow-up): nothing if it was answered.</summary>
    public const string Reminder = "checkin-reminder";

    /// <summary>To the coordinator, 5 working days after a check-in: nothing if it was answered; else it becomes Unanswered.</summary>
    public const string Alert = "checkin-alert";
}

/// <summary>When reminders and alerts fall due: working days after the send, at the same local time.</summary>
public static class CheckInTiming
{
    public const int ReminderWorkingDays = 2;

    public const int FollowUpReminderWorkingDays = 5;

    public const int AlertWorkingDays = 5;

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromDays(14);

    public static readonly TimeSpan FollowUpOpen = TimeSpan.FromDays(60);

    public static DateTimeOffset ReminderAt(WorkingCalendar calendar, string kind, DateTimeOffset sent) =>
        WorkingDaysAfter(calendar, sent, kind == CheckInKinds.Trainee ? ReminderWorkingDays : FollowUpReminderWorkingDays);

    public static DateTimeOffset AlertAt(WorkingCalendar calendar, DateTimeOffset sent) => WorkingDaysAfter(calendar, sent, AlertWorkingDays);

    public static DateTimeOffset WorkingDaysAfter(WorkingCalendar calendar, DateTimeOffset sent, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.ToUtc(calendar.AddWorkingDays(calendar.LocalDate(sent), days), calendar.LocalTime(sent));
    }
}
