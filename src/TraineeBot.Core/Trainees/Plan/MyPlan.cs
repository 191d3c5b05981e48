using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Plan;

/// <summary>
/// "min plan" / "my plan": the trainee's placement, the people around them and the dates that matter, as one compact
/// card (<c>cards/my-plan.json</c>). Only the asking trainee's own journey is read.
/// </summary>
internal sealed class MyPlan(IAccessPolicy policy, IProgramme programme, ITraineeFacts facts, ICardRenderer cards, TimeProvider time) : IMessageFeature
{
    public const string TemplateName = "my-plan";

    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "min plan", "my plan", "plan", "planen", "visa min plan", "show my plan", "mitt schema", "my schedule", "min planering",
    };

    public int Order => MessageFeatureOrder.Commands;

    public static bool IsRequest(string? text) => Phrases.Contains(ConversationCommands.Normalize(text));

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!IsRequest(message.Text))
        {
            return false;
        }

        var language = message.Language;
        if (await programme.JourneyOfUserAsync(message.Contact.UserId, cancellationToken) is not { } journey
            || !(await policy.DecideAsync(message.Contact.UserId, AccessAction.ViewOwnPlan, journey.Trainee.Id, "plan", cancellationToken)).Allowed)
        {
            var reply = message.Turn.Activity.CreateReply(PlanTexts.Get(language, "PlanOnlyTrainees"));
            reply.TextFormat = "markdown";
            await message.Turn.SendActivityAsync(reply, cancellationToken);
            return true;
        }

        var data = await DataAsync(journey, language, cancellationToken);
        var card = message.Turn.Activity.CreateReply();
        card.Attachments = [Attachment.AdaptiveCard(cards.Render(TemplateName, data), TemplateName)];
        await message.Turn.SendActivityAsync(card, cancellationToken);
        return true;
    }

    internal async Task<JsonObject> DataAsync(TraineeJourney journey, string language, CancellationToken cancellationToken)
    {
        var today = StockholmTime.Today(time);
        var rows = new JsonArray();
        void Add(string labelKey, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                // A FactSet value is rendered as markdown: names, workplace, role and contact details are the users' own text.
                rows.Add(new JsonObject { ["label"] = PlanTexts.Get(language, labelKey), ["value"] = MarkdownText.Escape(value) });
            }
        }

        string status;
        var coordinator = Join(journey.Coordinator.Name, journey.Coordinator.Phone, journey.Coordinator.Email);
        if (journey.Placement is not { } placement)
        {
            status = PlanTexts.Get(language, "PlanNoPlacement");
            Add("PlanCoordinator", coordinator);
        }
        else if (placement.PhaseOn(today) == PlacementPhase.Ended)
        {
            status = PlanTexts.Get(language, "PlanEnded", PlanDates.Format(language, placement.LastDay()));
            Add("PlanWorkplace", journey.Workplace?.Name);
            Add("PlanStart", PlanDates.Format(language, placement.StartDate));
            Add("PlanEnd", PlanDates.Format(language, placement.LastDay()));
            Add("PlanCoordinator", coordinator);
        }
        else
        {
            var planned = placement.PhaseOn(today) == PlacementPhase.Planned;
            status = planned
                ? PlanTexts.Get(language, "PlanPlanned", placement.StartDate.DayNumber - today.DayNumber)
                : PlanTexts.Get(language, "PlanActive");
            var workplace = journey.Workplace is { } w
                ? (string.IsNullOrWhiteSpace(w.Organisation) ? w.Name : $"{w.Name} ({w.Organisation})")
                : null;
            Add("PlanWorkplace", workplace);
            Add("PlanRole", placement.Role);
            Add("PlanKind", PlanTexts.Get(language, placement.Kind == PlacementKind.External ? "PlanKindExternal" : "PlanKindInternal"));
            Add("PlanSupervisor", journey.Supervisor is { } s ? Join(s.Name, s.Phone) : null);
            Add("PlanCoordinator", coordinator);
            Add("PlanStart", PlanDates.Format(language, placement.StartDate));
            Add("PlanEnd", PlanDates.Format(language, placement.EndDate));
            Add("PlanDaysLeft", PlanTexts.Get(language, "PlanDaysLeftValue", placement.EndDate.DayNumber - today.DayNumber));
            var periods = await facts.ContractPeriodsAsync(placement.Id, cancellationToken);
            var period = periods.FirstOrDefault(p => p.EndDate >= today);
            Add("PlanContractEnd", PlanDates.Format(language, period?.EndDate ?? placement.EndDate));

            var next = await facts.NextCheckInDueUtcAsync(journey.Trainee.UserId, cancellationToken);
            Add("PlanNextCheckIn", next is { } due
                ? PlanDates.Format(language, DateOnly.FromDateTime(StockholmTime.ToLocal(due).DateTime))
                : PlanTexts.Get(language, "PlanNoCheckIn"));
        }

        return new JsonObject
        {
            ["title"] = PlanTexts.Get(language, "PlanTitle"),
            ["status"] = status,
            ["facts"] = rows,
        };
    }

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
