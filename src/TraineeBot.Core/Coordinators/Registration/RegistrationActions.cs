using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Localization;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// <c>registration.submit</c>: the card's values are read by the form (each field's own rules), then checked and
/// written as a one-row import into the asker's caseload (the same rules as a CSV: e-mail, duplicates, dates, the
/// 12/18-month limits, the supervisor at the workplace). Any problem gives the card back with the problem next to its
/// field and every value kept; success replaces it with what was registered.
/// </summary>
internal sealed partial class RegistrationSubmitAction(
    CoordinatorCaseloads caseloads, RegistrationForm form, RegistrationCards cards, ITraineeImport import, TimeProvider time,
    ILogger<RegistrationSubmitAction> logger) : ICardAction
{
    public const string VerbName = "registration.submit";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (await caseloads.ForAsync(action.Contact.UserId, AccessAction.RegisterPeople, null, Verb, cancellationToken) is not { } asker)
        {
            Log.NotCoordinator(logger, action.Contact.UserId);
            return AdaptiveCardInvokeResponse.Error(403, "NotCoordinator", RegistrationTexts.Get(language, "NotCoordinator"));
        }

        var values = Inputs(action.Data);
        var reading = form.Form.Read(values, new DialogContext(language, StockholmTime.Today(time)));
        if (reading.Answer is not { } answer)
        {
            return AdaptiveCardInvokeResponse.Card(cards.Form(language, values, reading.Problems));
        }

        var report = await import.ImportAsync(form.ToImportFile(answer, language), asker.Coordinator.Id, dryRun: false, language, cancellationToken);
        if (!report.Written || report.Accepted.Count != 1 || report.TraineeIds.Count != 1)
        {
            return AdaptiveCardInvokeResponse.Card(cards.Form(language, values, Problems(report, language)));
        }

        Log.Registered(logger, asker.Coordinator.Id, report.TraineeIds[0], report.Accepted[0].Placement is not null);
        return AdaptiveCardInvokeResponse.Card(cards.Registered(language, report.Accepted[0], report.TraineeIds[0]));
    }

    /// <summary>Only the form's inputs: what the client adds (the verb, ids of other actions) is not an answer.</summary>
    private JsonObject Inputs(JsonObject data)
    {
        var values = new JsonObject();
        foreach (var field in form.Form.Fields)
        {
            if (data[field.Id] is { } value)
            {
                values[field.Id] = value.DeepClone();
            }
        }

        return values;
    }

    /// <summary>Each rejected reason next to its field; reasons about the card as a whole go next to the name.</summary>
    private Dictionary<string, string> Problems(ImportReport report, string language)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rejected in report.Rejected)
        {
            var field = form.FieldOf(rejected.Problem, language) ?? "name";
            var reason = rejected.Problem.Kind == ImportProblemKind.UnknownSupervisor
                ? RegistrationTexts.Get(language, "UnknownSupervisor", rejected.Problem.Value)
                : rejected.Reason;
            problems[field] = problems.TryGetValue(field, out var earlier) ? earlier + " " + reason : reason;
        }

        return problems;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8201, Level = LogLevel.Warning, Message = "User {UserId} is not a coordinator and pressed the registration card: refused")]
        public static partial void NotCoordinator(ILogger logger, Guid userId);

        [LoggerMessage(EventId = 8202, Level = LogLevel.Information, Message = "Coordinator {CoordinatorId} registered trainee {TraineeId} by card (placement {WithPlacement})")]
        public static partial void Registered(ILogger logger, Guid coordinatorId, Guid traineeId, bool withPlacement);
    }
}

/// <summary><c>registration.new</c>: "register another" on the registered view gives an empty form (coordinators only).</summary>
internal sealed class RegistrationNewAction(CoordinatorCaseloads caseloads, RegistrationCards cards) : ICardAction
{
    public const string VerbName = "registration.new";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return await caseloads.ForAsync(action.Contact.UserId, AccessAction.RegisterPeople, null, Verb, cancellationToken) is null
            ? AdaptiveCardInvokeResponse.Error(403, "NotCoordinator", RegistrationTexts.Get(action.Language, "NotCoordinator"))
            : AdaptiveCardInvokeResponse.Card(cards.Form(action.Language));
    }
}
