using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>The verbs of matching's cards and how their ids are read (never trusted: re-read from the database).</summary>
internal static partial class MatchingActions
{
    public const string SuggestVerb = "matching.suggest";
    public const string WithdrawVerb = "matching.withdraw";

    public static Guid? OpeningId(JsonObject data) =>
        CardData.Id(data, "openingId");

    public static AdaptiveCardInvokeResponse NotYours(string language) =>
        AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", MatchingTexts.Get(language, "NotYours"));

    public static partial class Log
    {
        [LoggerMessage(EventId = 8402, Level = LogLevel.Warning, Message = "User {UserId} pressed {Verb} for opening {OpeningId}, which is not in their caseload: refused")]
        public static partial void Refused(ILogger logger, Guid userId, string verb, Guid? openingId);

        [LoggerMessage(EventId = 8403, Level = LogLevel.Information, Message = "Opening {OpeningId} withdrawn by user {UserId}")]
        public static partial void Withdrawn(ILogger logger, Guid openingId, Guid userId);
    }
}

/// <summary>
/// <c>matching.suggest</c>: "Föreslå deltagare" on an opening: the trainees of the asker's caseload who fit, with the
/// reasons. The opening is re-read within the asker's caseload; candidates come only from it.
/// </summary>
internal sealed class SuggestTraineesAction(
    CoordinatorCaseloads caseloads, IOpenings openings, MatchingCards cards, TimeProvider time, ILogger<SuggestTraineesAction> logger) : ICardAction
{
    public string Verb => MatchingActions.SuggestVerb;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        var openingId = MatchingActions.OpeningId(action.Data);
        if (openingId is null
            || await caseloads.ForAsync(action.Contact.UserId, AccessAction.ManageOpenings, null, Verb, cancellationToken) is not { } asker
            || await openings.GetAsync(asker.Caseload, openingId.Value, cancellationToken) is not { Opening.Status: OpeningStatus.Open } opening)
        {
            MatchingActions.Log.Refused(logger, action.Contact.UserId, Verb, openingId);
            return MatchingActions.NotYours(language);
        }

        var today = StockholmTime.Today(time);
        var candidates = await openings.CandidatesAsync(asker.Caseload, today, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(cards.ForOpening(opening, PlacementMatcher.RankTrainees(opening, candidates, language), language, today));
    }
}

/// <summary><c>matching.withdraw</c>: the opening (re-read within the asker's caseload, still open) is withdrawn.</summary>
internal sealed class WithdrawOpeningAction(CoordinatorCaseloads caseloads, IOpenings openings, ILogger<WithdrawOpeningAction> logger) : ICardAction
{
    public string Verb => MatchingActions.WithdrawVerb;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        var openingId = MatchingActions.OpeningId(action.Data);
        if (openingId is null
            || await caseloads.ForAsync(action.Contact.UserId, AccessAction.ManageOpenings, null, Verb, cancellationToken) is not { } asker
            || await openings.GetAsync(asker.Caseload, openingId.Value, cancellationToken) is not { Opening.Status: OpeningStatus.Open } opening
            || !await openings.WithdrawAsync(asker.Caseload, openingId.Value, cancellationToken))
        {
            MatchingActions.Log.Refused(logger, action.Contact.UserId, Verb, openingId);
            return MatchingActions.NotYours(language);
        }

        MatchingActions.Log.Withdrawn(logger, openingId.Value, action.Contact.UserId);
        return AdaptiveCardInvokeResponse.Message(MatchingTexts.Get(language, "Withdrawn", opening.WorkplaceName));
    }
}
