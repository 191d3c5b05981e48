using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Status.Intents;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Coordinators.Status;

/// <summary>
/// A coordinator's questions by message ("status", "hur går det för Amira?", "who ends in March?", "rapport"),
/// read by <see cref="CoordinatorIntentParser"/> and answered from the database, only about the asker's caseload.
/// Comes before dialogs and the FAQ; what it does not understand goes on to them, and at the end to
/// <see cref="CoordinatorExamplesFeature"/>.
/// </summary>
internal sealed class CoordinatorQuestionsFeature(
    IAccessPolicy policy,
    CoordinatorCaseloads caseloads,
    ICaseloadQueries queries,
    StatusCards cards,
    TraineeStatusView traineeView,
    OutcomeReportCard reportCard,
    TimeProvider time) : IMessageFeature
{
    /// <summary>How a question about one trainee appears in the audit log.</summary>
    public const string StatusCommand = "status.trainee";

    /// <summary>How a list or report question appears in the log of denials.</summary>
    public const string ListCommand = "status.list";

    public int Order => MessageFeatureOrder.Commands + 20;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || string.IsNullOrWhiteSpace(message.Text)
            || await caseloads.OfAsync(message.Contact, cancellationToken) is not { } asker)
        {
            return false;
        }

        var today = StockholmTime.Today(time);
        var language = message.Language;
        var caseload = asker.Caseload;
        var intent = CoordinatorIntentParser.Parse(message.Text, today).Intent;
        if (intent is not null and not CoordinatorIntent.Help and not CoordinatorIntent.Trainee
            && !(await policy.DecideAsync(message.Contact.UserId,
                intent is CoordinatorIntent.Report ? AccessAction.ViewOutcomeReport : AccessAction.ViewCaseloadLists, null, ListCommand, cancellationToken)).Allowed)
        {
            return false;
        }

        var template = intent is CoordinatorIntent.Report ? OutcomeReportCard.Template : StatusCards.ListTemplate;
        JsonObject? card = intent switch
        {
            CoordinatorIntent.Overview => cards.Overview(await queries.OverviewAsync(caseload, today, cancellationToken), language, today),
            CoordinatorIntent.Unanswered or CoordinatorIntent.Overdue or CoordinatorIntent.DueThisWeek or CoordinatorIntent.Flagged
                or CoordinatorIntent.HelpOpen or CoordinatorIntent.RenewalsSoon or CoordinatorIntent.LimitsNear =>
                List(intent, await queries.OverviewAsync(caseload, today, cancellationToken), language, today),
            CoordinatorIntent.Ending ending => cards.OneList(
                StatusTexts.Get(language, "Ending", StatusTexts.Date(language, ending.From, today), StatusTexts.Date(language, ending.To, today)),
                await queries.EndingAsync(caseload, ending.From, ending.To, cancellationToken), language, today),
            CoordinatorIntent.Report => await reportCard.BuildAsync(caseload, message.Contact.UserId, language, cancellationToken),
            _ => null,
        };
        switch (intent)
        {
            case CoordinatorIntent.Help:
                await message.Turn.ReplyTextAsync(CoordinatorExamplesFeature.Text(language), cancellationToken);
                return true;
            case CoordinatorIntent.Trainee trainee:
                return await TraineeAsync(message, caseload, trainee.NameQuery, today, cancellationToken);
            case not null when card is not null:
                await message.Turn.ReplyCardAsync(card, template, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> TraineeAsync(MessageTurn message, Caseload caseload, string nameQuery, DateOnly today, CancellationToken cancellationToken)
    {
        var language = message.Language;
        var trainees = await queries.TraineesAsync(caseload, cancellationToken);
        switch (TraineeNameMatcher.Match(nameQuery, [.. trainees.Select(t => new NamedPerson(t.Id, t.Name))]))
        {
            case NameMatch.Exact exact
                when await traineeView.ShowAsync(message.Contact.UserId, exact.Person.Id, language, StatusCommand, cancellationToken) is { } card:
                await message.Turn.ReplyCardAsync(card, StatusCards.TraineeTemplate, cancellationToken);
                return true;
            case NameMatch.Ambiguous ambiguous:
                var choices = cards.DidYouMean([.. ambiguous.People.Select(p => new CaseloadTrainee(p.Id, p.Name))], language, today);
                await message.Turn.ReplyCardAsync(choices, StatusCards.ListTemplate, cancellationToken);
                return true;
            default:
                // A bare word that is nobody's name was not a question about a trainee: let the others try it.
                if (string.Equals(message.Text.Trim(), nameQuery.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                await message.Turn.ReplyTextAsync(StatusTexts.Get(language, "NoSuchTrainee", nameQuery), cancellationToken);
                return true;
        }
    }

    private JsonObject List(CoordinatorIntent intent, CaseloadOverview overview, string language, DateOnly today)
    {
        var (key, lines) = intent switch
        {
            CoordinatorIntent.Unanswered => ("Unanswered", overview.Unanswered),
            CoordinatorIntent.Overdue => ("Overdue", overview.Overdue),
            CoordinatorIntent.DueThisWeek => ("DueThisWeek", overview.DueThisWeek),
            CoordinatorIntent.Flagged => ("RedFlags", overview.RedFlags),
            CoordinatorIntent.HelpOpen => ("HelpOpen", overview.HelpOpen),
            CoordinatorIntent.RenewalsSoon => ("RenewalsSoon", overview.RenewalsSoon),
            _ => ("LimitsNear", overview.LimitsNear),
        };
        return cards.OneList(StatusTexts.Get(language, key), lines, language, today);
    }
}

/// <summary>
/// What a coordinator wrote that nothing understood (not a question, not a dialog, not the FAQ): the list of things one
/// can ask (<see cref="CoordinatorQuestions.Examples"/>), instead of "I did not understand".
/// </summary>
internal sealed class CoordinatorExamplesFeature(CoordinatorCaseloads caseloads) : IMessageFeature
{
    public int Order => MessageFeatureOrder.Fallback - 10;

    public static string Text(string language) =>
        StatusTexts.Get(language, "Examples") + "\n\n" + string.Join('\n', CoordinatorQuestions.Examples(language).Select(e => "- " + e))
        + "\n\n" + CoordinatorCommands.Title(language) + "\n\n" + string.Join('\n', CoordinatorCommands.Examples(language).Select(e => "- " + e));

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || await caseloads.OfAsync(message.Contact, cancellationToken) is null)
        {
            return false;
        }

        await message.Turn.ReplyTextAsync(Text(message.Language), cancellationToken);
        return true;
    }
}
