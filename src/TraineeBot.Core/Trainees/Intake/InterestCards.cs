using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>
/// The data of the interest inventory's cards, with every text in the reader's language: the coordinator's
/// <c>cards/work-area-suggestions.json</c> and the trainee's keepsake <c>cards/interest-summary.json</c>. The name,
/// the limits (the trainee's own words in plain sentences) and the answers are markdown-escaped.
/// </summary>
public static class InterestCards
{
    public const string SuggestionsTemplate = "work-area-suggestions";
    public const string SummaryTemplate = "interest-summary";

    /// <summary>The coordinator's card: the trainee's top suggestions with their reasons, and their practical limits (health only if shared).</summary>
    public static JsonObject Suggestions(
        string traineeName,
        IReadOnlyList<WorkAreaSuggestion> suggestions,
        InterestAnswers answers,
        DialogDefinition? definition,
        string language)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(answers);
        var top = suggestions.Take(WorkAreaScoring.MaxSuggestions).ToList();
        var limits = new List<string>();
        if (answers.HoursPerWeek is { } hours)
        {
            limits.Add(IntakeTexts.Get(language, "LimitHours", hours));
        }

        if (answers.Travel is { } travel)
        {
            limits.Add(IntakeTexts.Get(language, "LimitTravel", Display(definition, "travel", JsonValue.Create(travel), language) ?? travel));
        }

        if (answers.DrivingLicence is { } licence)
        {
            limits.Add(IntakeTexts.Get(language, licence ? "LimitLicence" : "LimitNoLicence"));
        }

        if (answers.Languages.Count > 0)
        {
            var spoken = Display(definition, "languages", new JsonArray([.. answers.Languages.Select(l => (JsonNode)JsonValue.Create(l))]), language)
                ?? string.Join(", ", answers.Languages);
            if (answers.OtherLanguages.Length > 0)
            {
                spoken += $" ({answers.OtherLanguages})";
            }

            limits.Add(IntakeTexts.Get(language, "LimitLanguages", spoken));
        }

        if (answers.Avoid.Length > 0)
        {
            limits.Add(IntakeTexts.Get(language, "LimitAvoid", answers.Avoid));
        }

        if (answers.OtherArea.Length > 0)
        {
            limits.Add(IntakeTexts.Get(language, "LimitOtherArea", answers.OtherArea));
        }

        if (answers.SharesHealth && answers.Health.Length > 0)
        {
            limits.Add(IntakeTexts.Get(language, "LimitHealth", answers.Health));
        }

        return new JsonObject
        {
            ["title"] = IntakeTexts.Get(language, "CoordinatorCardTitle", MarkdownText.Escape(traineeName)),
            ["intro"] = top.Count > 0
                ? IntakeTexts.Get(language, "CoordinatorCardIntro", MarkdownText.Escape(traineeName))
                : IntakeTexts.Get(language, "CoordinatorCardNoSuggestions", MarkdownText.Escape(traineeName)),
            ["hasSuggestions"] = top.Count > 0,
            ["suggestions"] = new JsonArray([.. top.Select((s, i) => (JsonNode)new JsonObject
            {
                ["rank"] = i + 1,
                ["area"] = s.Area,
                ["score"] = IntakeTexts.Get(language, "Points", s.Score),
                ["line"] = $"{i + 1}. {WorkAreaExplanations.Line(s, language)}",
            })]),
            ["limitsHeading"] = IntakeTexts.Get(language, "CoordinatorCardLimits"),
            ["limits"] = new JsonArray([.. limits.Select(l => (JsonNode)JsonValue.Create(MarkdownText.Escape(l)))]),
            ["hasLimits"] = limits.Count > 0,
        };
    }

    /// <summary>The trainee's card: each question and their answer, as the summary showed them.</summary>
    public static JsonObject Summary(DialogDefinition definition, IReadOnlyDictionary<string, JsonNode?> answers, string language, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);
        var lines = new JsonArray();
        foreach (var step in definition.Steps)
        {
            if (step.Kind == StepKind.Confirm || !answers.TryGetValue(step.Id, out var value) || value is null)
            {
                continue;
            }

            lines.Add(new JsonObject
            {
                ["question"] = step.Prompt.Get(language),
                ["answer"] = MarkdownText.Escape(Display(definition, step.Id, value, language) ?? value.ToString()),
            });
        }

        return new JsonObject
        {
            ["title"] = IntakeTexts.Get(language, "SummaryCardTitle"),
            ["intro"] = IntakeTexts.Get(language, "SummaryCardIntro", date.ToString("d MMMM yyyy", BotTexts.Culture(language))),
            ["lines"] = lines,
        };
    }

    private static string? Display(DialogDefinition? definition, string stepId, JsonNode value, string language) =>
        definition?.FindStep(stepId)?.Answer is { } spec && spec.Accepts(value, new DialogContext(language, DateOnly.MinValue))
            ? spec.Display(value, language)
            : null;
}
