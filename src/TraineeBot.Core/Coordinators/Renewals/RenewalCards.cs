using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>
/// The coordinator's renewal card (<c>cards/renewal-decision.json</c>): the form with both latest check-ins and the
/// decision buttons, or the decided view. Only ever rendered for the trainee's coordinator (or one who sees all).
/// </summary>
public sealed class RenewalCards(ICardRenderer cards, DialogCatalog dialogs, SupervisorForms forms)
{
    public const string Template = "renewal-decision";

    /// <summary>The form; <paramref name="values"/> are what was entered (kept after a problem), <paramref name="problem"/> its text.</summary>
    public JsonObject Form(RenewalSubject subject, string language, JsonObject? values = null, RenewalProblem? problem = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var data = Header(subject, language);
        data["view"] = "form";
        data["intro"] = RenewalTexts.Get(language, "Intro", RenewalTexts.Date(language, subject.Period.EndDate));
        data["sections"] = new JsonArray(TraineeSection(subject.TraineeAnswers, language), SupervisorSection(subject.SupervisorAnswers, language));
        var form = new JsonObject
        {
            ["monthsLabel"] = RenewalTexts.Get(language, "MonthsLabel"),
            ["months"] = Value(values, "months") is { Length: > 0 } months ? months : "3",
            ["monthChoices"] = new JsonArray([.. RenewalRules.AllowedMonths.Select(m => (JsonNode)new JsonObject
            {
                ["title"] = RenewalTexts.Get(language, "MonthsChoice", m),
                ["value"] = m.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })]),
            ["wagePhaseLabel"] = RenewalTexts.Get(language, "WagePhaseLabel"),
            ["wagePhase"] = Value(values, "wagePhase") ?? string.Empty,
            ["reasonLabel"] = RenewalTexts.Get(language, "ReasonLabel"),
            ["reason"] = Value(values, "reason") ?? string.Empty,
            ["renew2"] = RenewalTexts.Get(language, "Renew", 2),
            ["renew3"] = RenewalTexts.Get(language, "Renew", 3),
            ["wagePhaseButton"] = RenewalTexts.Get(language, "WagePhaseButton"),
            ["endButton"] = RenewalTexts.Get(language, "EndButton"),
            ["interruptButton"] = RenewalTexts.Get(language, "InterruptButton"),
        };
        if (problem is not null)
        {
            var text = Describe(problem, language);
            switch (problem.Field)
            {
                case "reason":
                    form["reasonProblem"] = text;
                    break;
                case "wagePhase":
                    form["wagePhaseProblem"] = text;
                    break;
                default:
                    data["problem"] = text;
                    break;
            }
        }

        data["form"] = form;
        return cards.Render(Template, data);
    }

    /// <summary>What was decided, by whom and when ("Förlängd till 2027-05-31 av Karin Lind 2026-11-23.").</summary>
    public JsonObject Decided(RenewalSubject subject, string language, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var decision = subject.Decision ?? throw new ArgumentException("The period is not decided.", nameof(subject));
        var data = Header(subject, language);
        data["view"] = "decided";
        if (notice is not null)
        {
            data["notice"] = notice;
        }

        var by = MarkdownText.Escape(subject.DecidedByName ?? "?");
        var on = RenewalTexts.Iso(Local(decision.DecidedUtc));
        var renewedTo = decision.Months is { } months ? RenewalTexts.Iso(RenewalRules.NextPeriod(subject.Period, months).End) : string.Empty;
        data["decided"] = decision.Kind switch
        {
            RenewalDecisionKind.Renewed => RenewalTexts.Get(language, "DecidedRenewed", renewedTo, by, on),
            RenewalDecisionKind.WagePhaseChanged => RenewalTexts.Get(language, "DecidedWagePhase", renewedTo, by, on, MarkdownText.Escape(decision.WagePhase)),
            RenewalDecisionKind.Ended => RenewalTexts.Get(language, "DecidedEnded", RenewalTexts.Iso(subject.Period.EndDate), by, on),
            _ => RenewalTexts.Get(language, "DecidedInterrupted", RenewalTexts.Iso(subject.Placement.LastDay()), by, on, MarkdownText.Escape(decision.Reason)),
        };
        data["follows"] = decision.Kind is RenewalDecisionKind.Renewed or RenewalDecisionKind.WagePhaseChanged
            ? RenewalTexts.Get(language, "FollowsRenewed")
            : RenewalTexts.Get(language, "FollowsEnded", RenewalTexts.Iso(decision.Kind == RenewalDecisionKind.Ended ? subject.Period.EndDate : subject.Placement.LastDay()));
        return cards.Render(Template, data);
    }

    /// <summary>"Beslut om förlängning": the button on the trainee's status card that opens this card.</summary>
    public static string StatusButton(string language) => RenewalTexts.Get(language, "StatusButton");

    /// <summary>A problem in the coordinator's language.</summary>
    public static string Describe(RenewalProblem problem, string language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            RenewalProblemKind.TooLong => RenewalTexts.Get(language, "TooLongLimit", problem.Months, RenewalTexts.Date(language, problem.Latest!.Value))
                + " " + RenewalTexts.Get(language, "TooLongHint"),
            _ => RenewalTexts.Get(language, problem.Kind.ToString()),
        };
    }

    private static JsonObject Header(RenewalSubject subject, string language)
    {
        var placement = subject.Placement;
        var latest = PlacementRules.LatestEnd(placement.Kind, placement.StartDate);
        return new JsonObject
        {
            ["title"] = RenewalTexts.Get(language, "Title", MarkdownText.Escape(subject.Trainee.Name)),
            ["subtitle"] = RenewalTexts.Get(language, "Subtitle", MarkdownText.Escape(subject.WorkplaceName), RenewalTexts.Date(language, subject.Period.StartDate),
                RenewalTexts.Date(language, subject.Period.EndDate), RenewalTexts.Date(language, latest), PlacementRules.MaxMonths(placement.Kind)),
            ["placementId"] = placement.Id.ToString(),
            ["periodId"] = subject.Period.Id.ToString(),
        };
    }

    private JsonObject TraineeSection(CheckIn? checkIn, string language)
    {
        if (checkIn is not { AnsweredUtc: { } answered, AnswersJson: { } json } || JsonNode.Parse(json) is not JsonObject answers
            || dialogs.Find(CheckInKinds.Trainee) is not { } definition)
        {
            return Section(RenewalTexts.Get(language, "TraineeLast", "–"), [RenewalTexts.Get(language, "NoTraineeAnswer")]);
        }

        var lines = definition.Steps
            .Where(step => step.Answer is not null && answers[step.Id] is { } value && value.ToString().Length > 0)
            .Select(step => $"{step.Prompt.Get(language)} {MarkdownText.Escape(step.Answer!.Display(answers[step.Id]!, language))}");
        return Section(RenewalTexts.Get(language, "TraineeLast", RenewalTexts.Date(language, Local(answered))), lines);
    }

    private JsonObject SupervisorSection(CheckIn? checkIn, string language)
    {
        if (checkIn is not { AnsweredUtc: { } answered } || SupervisorAnswerJson.Latest(checkIn) is not { } answers)
        {
            return Section(RenewalTexts.Get(language, "SupervisorLast", "–"), [RenewalTexts.Get(language, "NoSupervisorAnswer")]);
        }

        return Section(RenewalTexts.Get(language, "SupervisorLast", RenewalTexts.Date(language, Local(answered))),
            forms.For(CheckInKinds.Supervisor).Lines(answers, language).Select(l => $"{l.Label}: {MarkdownText.Escape(l.Answer)}"));
    }

    private static DateOnly Local(DateTimeOffset instant) => DateOnly.FromDateTime(StockholmTime.ToLocal(instant).DateTime);

    private static string? Value(JsonObject? values, string name) =>
        values?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject Section(string title, IEnumerable<string> lines) =>
        new() { ["title"] = title, ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l))]) };
}
