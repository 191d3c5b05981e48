using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>The buttons of the coordinator's case card: the case id from the card is checked against who asks.</summary>
internal abstract class CaseCardAction(IAccessPolicy policy, IHelpCases cases, ICardRenderer cards) : ICardAction
{
    protected IHelpCases Cases => cases;

    /// <summary>The coordinator's card template (<c>cards/case-coordinator.json</c>).</summary>
    public const string CardTemplate = "case-coordinator";

    public abstract string Verb { get; }

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (CardData.Id(action.Data, "caseId") is not { } caseId)
        {
            return AdaptiveCardInvokeResponse.Error(400, "NoCase", HelpTexts.Get(action.Language, "CaseNotFound"));
        }

        // The policy decides who may handle the trainee's cases (their coordinator, or the backup); the case itself then
        // checks that a backup acts only once it was escalated.
        var result = await cases.TraineeOfCaseAsync(caseId, cancellationToken) is not { } traineeId
            ? new CaseActionResult(CaseActionOutcome.NotFound, null, action.Language)
            : !(await policy.DecideAsync(action.Contact.UserId, AccessAction.HandleCase, traineeId, Verb, cancellationToken)).Allowed
                ? new CaseActionResult(CaseActionOutcome.Forbidden, null, action.Language)
                : await ActAsync(caseId, action, cancellationToken);
        return result.Outcome switch
        {
            CaseActionOutcome.Done or CaseActionOutcome.AlreadyResolved when result.CardData is { } data =>
                AdaptiveCardInvokeResponse.Card(cards.Render(CardTemplate, data)),
            CaseActionOutcome.Forbidden => AdaptiveCardInvokeResponse.Error(403, "NotYourCase", HelpTexts.Get(action.Language, "NotYourCase")),
            CaseActionOutcome.AlreadyResolved => AdaptiveCardInvokeResponse.Error(409, "CaseClosed", HelpTexts.Get(action.Language, "CaseClosed")),
            CaseActionOutcome.EmptyReply => AdaptiveCardInvokeResponse.Error(400, "EmptyReply", HelpTexts.Get(action.Language, "EmptyReply")),
            _ => AdaptiveCardInvokeResponse.Error(404, "NoCase", HelpTexts.Get(action.Language, "CaseNotFound")),
        };
    }

    protected abstract Task<CaseActionResult> ActAsync(Guid caseId, CardActionTurn action, CancellationToken cancellationToken);
}

/// <summary><c>case.reply</c>: the text in the card's reply box goes to the trainee ("Karin svarar: …").</summary>
internal sealed class CaseReplyAction(IAccessPolicy policy, ICardRenderer cards, IHelpCases helpCases) : CaseCardAction(policy, helpCases, cards)
{
    public const string VerbName = "case.reply";

    public override string Verb => VerbName;

    protected override Task<CaseActionResult> ActAsync(Guid caseId, CardActionTurn action, CancellationToken cancellationToken)
    {
        var text = action.Data["reply"] is JsonValue value && value.TryGetValue<string>(out var written) ? written.Trim() : string.Empty;
        return Cases.ReplyAsync(caseId, action.Contact.UserId, text, cancellationToken);
    }
}

/// <summary><c>case.resolve</c>: the case is solved; the card becomes read-only and the trainee is told.</summary>
internal sealed class CaseResolveAction(IAccessPolicy policy, ICardRenderer cards, IHelpCases helpCases) : CaseCardAction(policy, helpCases, cards)
{
    public const string VerbName = "case.resolve";

    public override string Verb => VerbName;

    protected override Task<CaseActionResult> ActAsync(Guid caseId, CardActionTurn action, CancellationToken cancellationToken) =>
        Cases.ResolveAsync(caseId, action.Contact.UserId, cancellationToken);
}
