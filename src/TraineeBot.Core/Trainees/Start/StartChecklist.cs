using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Trainees.Start;

/// <summary>The three start-checklist messages of a placement.</summary>
public static class StartChecklistStages
{
    /// <summary>At once, when the placement is created.</summary>
    public const string Info = "info";

    /// <summary>The day before the first day, 16:00 Stockholm.</summary>
    public const string DayBefore = "day-before";

    /// <summary>The first day, an hour before the start time (07:00 without one), with "I am here" / "I can't come".</summary>
    public const string Morning = "morning";

    /// <summary>The outbox kind: the card is built when it falls due, from the placement as it is then.</summary>
    public const string OutboxKind = "start-checklist";

    public static readonly TimeOnly DayBeforeAt = new(16, 0);

    public static readonly TimeOnly MorningWithoutStartTime = new(7, 0);

    public static DateTimeOffset DueUtc(WorkingCalendar calendar, Placement placement, string stage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(placement);
        return stage switch
        {
            DayBefore => calendar.ToUtc(placement.StartDate.AddDays(-1), DayBeforeAt),
            Morning => calendar.ToUtc(placement.StartDate,
                placement.StartTime is { } start && start >= new TimeOnly(1, 0) ? start.AddHours(-1) : MorningWithoutStartTime),
            _ => now,
        };
    }
}

/// <summary>
/// When a placement is created, queues the start checklist to the trainee: now, the day before and on the morning of
/// the first day (reminders already past are not queued). Each is rendered when it falls due (<see cref="StartChecklistRenderer"/>).
/// </summary>
internal sealed class StartChecklistEvents(IStartChecklistStore store, IOutbox outbox, WorkingCalendar calendar, TimeProvider time) : IPlacementEvents
{
    public async Task PlacementCreatedAsync(Placement placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (await store.TraineeUserIdAsync(placement.TraineeId, cancellationToken) is not { } userId)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var stage in new[] { StartChecklistStages.Info, StartChecklistStages.DayBefore, StartChecklistStages.Morning })
        {
            var due = StartChecklistStages.DueUtc(calendar, placement, stage, now);
            if (stage != StartChecklistStages.Info && due < now)
            {
                continue;
            }

            await outbox.EnqueueAsync(new OutboxRequest(
                $"start:{placement.Id}:{stage}", userId, StartChecklistStages.OutboxKind,
                new JsonObject { ["placementId"] = placement.Id.ToString(), ["stage"] = stage }.ToJsonString(),
                due, ExpireAfter: stage == StartChecklistStages.Info ? TimeSpan.FromDays(30) : TimeSpan.FromHours(4)), cancellationToken);
        }
    }
}

/// <summary>
/// Builds the start-checklist card (<c>cards/start-checklist.json</c>) when it falls due. Sends nothing to a trainee
/// without consent, for an interrupted placement, or — for the reminders — once the trainee said "I am here" or "I
/// can't come".
/// </summary>
internal sealed class StartChecklistRenderer(IStartChecklistStore store, IConsents consents, ICardRenderer cards) : IOutboxPayloadRenderer
{
    public const string Template = "start-checklist";

    public string Kind => StartChecklistStages.OutboxKind;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = JsonNode.Parse(delivery.Message.PayloadJson) as JsonObject;
        if (payload?["placementId"]?.GetValue<string>() is not { } text || !Guid.TryParse(text, out var placementId)
            || payload["stage"]?.GetValue<string>() is not { } stage)
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: no placementId or stage.");
        }

        if (await store.FindAsync(placementId, cancellationToken) is not var (placement, workplace, trainee)
            || trainee.UserId != delivery.Recipient.UserId
            || placement.InterruptedUtc is not null
            || (stage != StartChecklistStages.Info && (placement.ArrivedUtc is not null || placement.CannotComeUtc is not null))
            || !await consents.HasConsentedAsync(delivery.Recipient.UserId, cancellationToken))
        {
            return [];
        }

        var card = cards.Render(Template, CardData(placement, workplace, stage, delivery.Recipient.Language));
        var reply = delivery.Continuation.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [Attachment.AdaptiveCard(card, Template)];
        return [reply];
    }

    internal static JsonObject CardData(Placement placement, Workplace workplace, string stage, string language)
    {
        var culture = BotTexts.Culture(language);
        var unknown = StartTexts.Get(language, "Unknown");
        JsonObject Fact(string label, string? value) => new() { ["label"] = StartTexts.Get(language, label), ["value"] = string.IsNullOrWhiteSpace(value) ? unknown : value };
        return new JsonObject
        {
            ["title"] = StartTexts.Get(language, stage switch
            {
                StartChecklistStages.DayBefore => "TitleDayBefore",
                StartChecklistStages.Morning => "TitleMorning",
                _ => "TitleInfo",
            }),
            ["intro"] = StartTexts.Get(language, "Intro", workplace.Name),
            ["facts"] = new JsonArray(
                Fact("Contract", StartTexts.Get(language, placement.ContractSigned ? "ContractYes" : "ContractNo")),
                Fact("StartDate", placement.StartDate.ToString("dddd d MMMM yyyy", culture)),
                Fact("Time", placement.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture)),
                Fact("Address", placement.MeetingAddress ?? workplace.Address),
                Fact("AskFor", placement.AskFor),
                Fact("Bring", placement.Bring)),
            ["showButtons"] = stage == StartChecklistStages.Morning,
            ["arrived"] = StartTexts.Get(language, "Arrived"),
            ["cannotCome"] = StartTexts.Get(language, "CannotCome"),
            ["placementId"] = placement.Id.ToString(),
        };
    }
}
