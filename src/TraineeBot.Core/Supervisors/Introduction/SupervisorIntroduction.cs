using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Supervisors.CheckIns;

namespace TraineeBot.Core.Supervisors.Introduction;

/// <summary>
/// The supervisor's introduction to a trainee (queued by <see cref="SupervisorIntroductionQueue"/>), rendered at
/// delivery in the supervisor's language. When a supervisor is assigned a trainee (a placement is created), they get a short card: who the trainee is, the
/// period, the coordinator, and what the bot will ask them and when — the dates worked out from the same schedule
/// definitions that will send the cards. Queued with the placement; delivered by stored conversation, or after a
/// Graph install when they never used the bot (the outbox's recipient resolution).
/// </summary>
internal sealed class SupervisorIntroduction(
    IProgramme programme,
    ICardRenderer cards,
    ScheduleCatalog schedules,
    OccurrencePlanner planner,
    WorkingCalendar calendar,
    TimeProvider time) : IProactiveCard
{
    public const string Template = "supervisor-introduction";

    /// <summary>The schedules whose dates the card lists, with the text that lists them.</summary>
    private static readonly (string Schedule, string TextKey)[] Asks =
    [
        ("supervisor-midpoint", "IntroMidpoints"),
        ("supervisor-checkin", "IntroRenewals"),
        ("supervisor-certificate", "IntroCertificate"),
    ];

    public bool Handles(string template) => template == Template;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, string template, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(data);
        if (data["subjectUserId"] is not JsonValue subject || !Guid.TryParse(subject.ToString(), out var subjectUserId)
            || data["placementId"] is not JsonValue placementValue || !Guid.TryParse(placementValue.ToString(), out var placementId))
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: the introduction needs placementId and subjectUserId.");
        }

        if (await programme.JourneyOfUserAsync(subjectUserId, cancellationToken) is not { Placement: { } placement } journey
            || placement.Id != placementId
            || journey.Supervisor?.UserId != delivery.Recipient.UserId
            || placement.PhaseOn(StockholmTime.Today(time)) == PlacementPhase.Ended)
        {
            return [];
        }

        var card = cards.Render(Template, Data(journey, placement, delivery.Recipient.Language, delivery.Recipient.Name));
        var reply = delivery.Continuation.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [Attachment.AdaptiveCard(card, Template)];
        return [reply];
    }

    private JsonObject Data(TraineeJourney journey, Placement placement, string language, string? recipientName)
    {
        var supervisorName = journey.Supervisor?.Name ?? recipientName ?? string.Empty;
        var firstName = MarkdownText.Escape(supervisorName.Split(' ', 2)[0]);
        var coordinator = journey.Coordinator;
        var reach = string.Join(", ", new[] { coordinator.Phone, coordinator.Email }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(MarkdownText.Escape));
        var where = string.Join(", ", new[] { journey.Workplace?.Name, placement.Role }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(MarkdownText.Escape));
        var items = new JsonArray();
        foreach (var (schedule, textKey) in Asks)
        {
            if (SendDates(schedule, placement) is { Count: > 0 } dates)
            {
                items.Add(SupervisorTexts.Get(language, textKey, string.Join(", ", dates.Select(d => SupervisorTexts.ShortDate(language, d)))));
            }
        }

        return new JsonObject
        {
            ["title"] = SupervisorTexts.Get(language, "IntroTitle", firstName, MarkdownText.Escape(journey.Trainee.Name)),
            ["lines"] = new JsonArray(
                SupervisorTexts.Get(language, "IntroPlacement", where),
                SupervisorTexts.Get(language, "IntroPeriod", SupervisorTexts.Date(language, placement.StartDate), SupervisorTexts.Date(language, placement.EndDate)),
                SupervisorTexts.Get(language, "IntroCoordinator", reach.Length > 0 ? $"{MarkdownText.Escape(coordinator.Name)} ({reach})" : MarkdownText.Escape(coordinator.Name))),
            ["whatTitle"] = SupervisorTexts.Get(language, "IntroWhatTitle"),
            ["items"] = items,
            ["privacy"] = SupervisorTexts.Get(language, "IntroPrivacy"),
            ["away"] = SupervisorTexts.Get(language, "IntroAway"),
        };
    }

    /// <summary>The local dates the schedule will send on for this placement, from now on.</summary>
    private List<DateOnly> SendDates(string scheduleId, Placement placement)
    {
        var dates = new List<DateOnly>();
        if (schedules.Find(scheduleId) is not { } definition)
        {
            return dates;
        }

        var anchors = PlacementAnchors.Of(placement);
        var now = time.GetUtcNow();
        DateOnly? after = null;
        while (dates.Count < 12 && planner.Next(definition.Rule, anchors, after, now) is { } next)
        {
            dates.Add(calendar.LocalDate(next.DueUtc));
            after = next.NominalDate;
        }

        return dates;
    }
}

/// <summary>
/// Queues the introduction with the placement (same transaction). Reads only the people's user ids: the programme
/// service calls this while it creates the placement, so this must not depend on it.
/// </summary>
internal sealed class SupervisorIntroductionQueue(ISupervisorCheckIns store, IOutbox outbox, TimeProvider time) : IPlacementEvents
{
    public async Task PlacementCreatedAsync(Placement placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (await store.PeopleOfPlacementAsync(placement.Id, cancellationToken) is not { } people)
        {
            return;
        }

        await outbox.EnqueueAsync(new OutboxRequest(
            $"supervisor-intro:{placement.Id}",
            people.SupervisorUserId,
            OutboxKinds.Card,
            new JsonObject
            {
                ["template"] = SupervisorIntroduction.Template,
                ["data"] = new JsonObject { ["placementId"] = placement.Id.ToString(), ["subjectUserId"] = people.TraineeUserId.ToString() },
            }.ToJsonString(),
            time.GetUtcNow(),
            ExpireAfter: TimeSpan.FromDays(30),
            NotifyUserId: people.CoordinatorUserId), cancellationToken);
    }
}
