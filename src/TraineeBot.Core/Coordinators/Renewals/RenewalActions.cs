using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>
/// The renewal card's decision buttons (<c>Action.Execute</c>; the answer replaces the card). Each checks the asker
/// through <see cref="CoordinatorCaseloads"/> and reads the placement and period again from the database (the card's
/// ids are only a key): another caseload's trainee gets "not found" and nothing is written; a period already
/// decided gets the decided view; a problem gets the form again with the values kept and the problem next to its field.
/// </summary>
internal abstract partial class RenewalDecisionAction(
    CoordinatorCaseloads caseloads, IRenewals renewals, RenewalCards cards, TimeProvider time, ILogger logger) : ICardAction
{
    public abstract string Verb { get; }

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (Id(action.Data, "placementId") is not { } placementId || Id(action.Data, "periodId") is not { } periodId
            || await renewals.FindAsync(placementId, periodId, cancellationToken) is not { } subject)
        {
            return NotFound(language);
        }

        if (await caseloads.ForAsync(action.Contact.UserId, AccessAction.DecideRenewal, subject.Trainee.Id, Verb, cancellationToken) is not { } asker
            || !asker.Caseload.Includes(subject.Trainee))
        {
            Log.OutsideCaseload(logger, Verb, action.Contact.UserId, subject.Trainee.Id);
            return NotFound(language);
        }

        if (subject.Decision is not null)
        {
            return AdaptiveCardInvokeResponse.Card(cards.Decided(subject, language, RenewalTexts.Get(language, "AlreadyDecided")));
        }

        var request = Request(action.Data);
        var today = StockholmTime.Today(time);
        var (plan, problem) = RenewalRules.Decide(subject.Placement, subject.Period, request, today);
        if (plan is null)
        {
            return AdaptiveCardInvokeResponse.Card(cards.Form(subject, language, action.Data, problem));
        }

        var now = time.GetUtcNow();
        var decision = new RenewalDecision
        {
            Id = Guid.CreateVersion7(now),
            PlacementId = subject.Placement.Id,
            ContractPeriodId = subject.Period.Id,
            Kind = request.Kind,
            Months = request.Kind is RenewalDecisionKind.Renewed or RenewalDecisionKind.WagePhaseChanged ? request.Months : null,
            WagePhase = request.Kind == RenewalDecisionKind.WagePhaseChanged ? request.WagePhase?.Trim() : null,
            Reason = plan.Reason,
            DecidedByUserId = action.Contact.UserId,
            DecidedUtc = now,
        };
        var recorded = await renewals.RecordAsync(subject, plan, decision, cancellationToken);
        var decided = await renewals.FindAsync(placementId, periodId, cancellationToken);
        if (decided?.Decision is null)
        {
            return NotFound(language);
        }

        Log.Decided(logger, decision.Kind, subject.Placement.Id, subject.Period.Id, action.Contact.UserId);
        return AdaptiveCardInvokeResponse.Card(cards.Decided(decided, language, recorded ? null : RenewalTexts.Get(language, "AlreadyDecided")));
    }

    /// <summary>The decision this button asks for, from the card's data and inputs.</summary>
    protected abstract RenewalRequest Request(JsonObject data);

    protected static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value ? value.ToString() : null;

    protected static int? Number(JsonObject data, string name) =>
        int.TryParse(Text(data, name), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static AdaptiveCardInvokeResponse NotFound(string language) =>
        AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", RenewalTexts.Get(language, "NotInCaseload"));

    private static Guid? Id(JsonObject data, string name) => CardData.Id(data, name);

    private static partial class Log
    {
        [LoggerMessage(EventId = 8201, Level = LogLevel.Warning, Message = "Card action {Verb} by user {UserId} on trainee {TraineeId}, who is not in their caseload: refused")]
        public static partial void OutsideCaseload(ILogger logger, string verb, Guid userId, Guid traineeId);

        [LoggerMessage(EventId = 8202, Level = LogLevel.Information, Message = "Renewal decision {Kind} on placement {PlacementId}, period {PeriodId}, by user {UserId}")]
        public static partial void Decided(ILogger logger, RenewalDecisionKind kind, Guid placementId, Guid periodId, Guid userId);
    }
}

/// <summary><c>renewal.renew</c>: a new period of 2 or 3 months (the button's <c>renewMonths</c>).</summary>
internal sealed class RenewAction(CoordinatorCaseloads caseloads, IRenewals renewals, RenewalCards cards, TimeProvider time, ILogger<RenewAction> logger)
    : RenewalDecisionAction(caseloads, renewals, cards, time, logger)
{
    public const string VerbName = "renewal.renew";

    public override string Verb => VerbName;

    protected override RenewalRequest Request(JsonObject data) => new(RenewalDecisionKind.Renewed, Number(data, "renewMonths"));
}

/// <summary><c>renewal.wage-phase</c>: renewed (the card's <c>months</c>) in a new wage phase (<c>wagePhase</c>, required).</summary>
internal sealed class WagePhaseAction(CoordinatorCaseloads caseloads, IRenewals renewals, RenewalCards cards, TimeProvider time, ILogger<WagePhaseAction> logger)
    : RenewalDecisionAction(caseloads, renewals, cards, time, logger)
{
    public const string VerbName = "renewal.wage-phase";

    public override string Verb => VerbName;

    protected override RenewalRequest Request(JsonObject data) =>
        new(RenewalDecisionKind.WagePhaseChanged, Number(data, "months") ?? 3, WagePhase: Limit(Text(data, "wagePhase"), RenewalRules.MaxWagePhaseLength));

    internal static string? Limit(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}

/// <summary><c>renewal.end</c>: the placement ends with the period.</summary>
internal sealed class EndAction(CoordinatorCaseloads caseloads, IRenewals renewals, RenewalCards cards, TimeProvider time, ILogger<EndAction> logger)
    : RenewalDecisionAction(caseloads, renewals, cards, time, logger)
{
    public const string VerbName = "renewal.end";

    public override string Verb => VerbName;

    protected override RenewalRequest Request(JsonObject data) => new(RenewalDecisionKind.Ended);
}

/// <summary><c>renewal.interrupt</c>: the placement stops today, with a reason (<c>reason</c>, required).</summary>
internal sealed class InterruptAction(CoordinatorCaseloads caseloads, IRenewals renewals, RenewalCards cards, TimeProvider time, ILogger<InterruptAction> logger)
    : RenewalDecisionAction(caseloads, renewals, cards, time, logger)
{
    public const string VerbName = "renewal.interrupt";

    public override string Verb => VerbName;

    protected override RenewalRequest Request(JsonObject data) =>
        new(RenewalDecisionKind.Interrupted, Reason: WagePhaseAction.Limit(Text(data, "reason"), RenewalRules.MaxReasonLength));
}

/// <summary>
/// <c>renewal.open</c>: the "Beslut om förlängning" button on the trainee's status card: the card for the period to
/// decide now (or the decided view), only for a trainee in the asker's caseload.
/// </summary>
internal sealed partial class OpenRenewalAction(
    CoordinatorCaseloads caseloads, IRenewals renewals, RenewalCards cards, TimeProvider time, ILogger<OpenRenewalAction> logger) : ICardAction
{
    public const string VerbName = "renewal.open";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (CardData.Id(action.Data, "traineeId") is not { } traineeId
            || await caseloads.ForAsync(action.Contact.UserId, AccessAction.DecideRenewal, traineeId, Verb, cancellationToken) is not { } asker)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", RenewalTexts.Get(language, "NotInCaseload"));
        }

        var subject = await renewals.CurrentAsync(traineeId, StockholmTime.Today(time), cancellationToken);
        if (subject is not null && !asker.Caseload.Includes(subject.Trainee))
        {
            Log.OutsideCaseload(logger, action.Contact.UserId, traineeId);
            subject = null;
        }

        if (subject is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", RenewalTexts.Get(language, "NotInCaseload"));
        }

        return AdaptiveCardInvokeResponse.Card(subject.Decision is null ? cards.Form(subject, language) : cards.Decided(subject, language));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8203, Level = LogLevel.Warning, Message = "User {UserId} opened the renewal of trainee {TraineeId}, who is not in their caseload: refused")]
        public static partial void OutsideCaseload(ILogger logger, Guid userId, Guid traineeId);
    }
}
