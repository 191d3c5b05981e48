using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Trainees.Intake;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>
/// Matching's cards: openings (<c>cards/opening.json</c>) and ranked suggestions with their reasons
/// (<c>cards/matching-suggestions.json</c>). Names, workplaces, locations and reasons are markdown-escaped for their
/// TextBlocks; button titles are plain text and are not.
/// </summary>
public sealed class MatchingCards(ICardRenderer cards)
{
    public const string OpeningsTemplate = "opening";
    public const string SuggestionsTemplate = "matching-suggestions";

    public JsonObject Openings(string title, IReadOnlyList<OpeningView> openings, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(openings);
        return cards.Render(OpeningsTemplate, new JsonObject
        {
            ["title"] = title,
            ["none"] = MatchingTexts.Get(language, "NoOpenings"),
            ["hint"] = MatchingTexts.Get(language, "OpeningsHint"),
            ["suggestButton"] = MatchingTexts.Get(language, "SuggestButton"),
            ["withdrawButton"] = MatchingTexts.Get(language, "WithdrawButton"),
            ["openings"] = new JsonArray([.. openings.Select(o => (JsonNode)new JsonObject
            {
                ["workplace"] = MarkdownText.Escape(o.WorkplaceName),
                ["facts"] = Facts(o.Opening, language, today),
                ["languages"] = o.Opening.LanguageCodes() is { Count: > 0 } codes
                    ? MatchingTexts.Get(language, "OpeningLanguages", string.Join(", ", codes.Select(c => PlacementMatcher.LanguageName(c, language))))
                    : string.Empty,
                ["openingId"] = o.Opening.Id.ToString(),
            })]),
        });
    }

    /// <summary>The trainees suggested for an opening; each with a button to their status (the coordinator decides).</summary>
    public JsonObject ForOpening(OpeningView opening, IReadOnlyList<MatchResult> results, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(opening);
        return Suggestions(
            MatchingTexts.Get(language, "ForOpeningTitle", MarkdownText.Escape(opening.WorkplaceName)),
            Facts(opening.Opening, language, today),
            MatchingTexts.Get(language, "NoTraineeSuggestions"),
            results.Select(r => (MarkdownText.Escape(r.TraineeName), r, Button(MatchingTexts.Get(language, "StatusButton", r.TraineeName), TraineeStatusAction.VerbName, r.TraineeId, opening.Opening.Id))),
            language);
    }

    /// <summary>The openings suggested for a trainee; each with a button to the trainees that fit it.</summary>
    public JsonObject ForTrainee(string traineeName, IReadOnlyList<MatchResult> results, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Suggestions(
            MatchingTexts.Get(language, "ForTraineeTitle", MarkdownText.Escape(traineeName)),
            string.Empty,
            MatchingTexts.Get(language, "NoOpeningSuggestions", MarkdownText.Escape(traineeName)),
            results.Select(r => ($"{MarkdownText.Escape(r.Opening.WorkplaceName)} ({Facts(r.Opening.Opening, language, today)})", r,
                Button(MatchingTexts.Get(language, "SuggestButton"), MatchingActions.SuggestVerb, r.TraineeId, r.Opening.Opening.Id))),
            language);
    }

    /// <summary>For a TextBlock (the location is markdown-escaped): "förskola · intern · 30 tim/vecka (deltid ok) · Tumba (ca 45 min) · från 1 februari".</summary>
    public static string Facts(Opening opening, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(opening);
        return MatchingTexts.Get(language, "OpeningFacts",
            WorkAreaExplanations.AreaName(opening.WorkArea, language),
            MatchingTexts.Get(language, "Kind_" + opening.Kind),
            opening.HoursPerWeek,
            opening.PartTimeOk ? MatchingTexts.Get(language, "PartTime") : string.Empty,
            opening.TravelMinutes is { } minutes ? MatchingTexts.Get(language, "TravelMinutes", MarkdownText.Escape(opening.Location), minutes) : MarkdownText.Escape(opening.Location),
            StatusTexts.Date(language, opening.FromDate, today));
    }

    private JsonObject Suggestions(string title, string subtitle, string none, IEnumerable<(string Name, MatchResult Result, JsonObject Button)> items, string language) =>
        cards.Render(SuggestionsTemplate, new JsonObject
        {
            ["title"] = title,
            ["subtitle"] = subtitle,
            ["none"] = none,
            ["hint"] = MatchingTexts.Get(language, "DecideHint"),
            ["suggestions"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
            {
                ["name"] = i.Name,
                ["score"] = MatchingTexts.Get(language, "Score", i.Result.Score, i.Result.Criteria.Sum(c => PlacementMatcher.Weight(c.Criterion))),
                ["reasons"] = new JsonArray([.. i.Result.Criteria.Select(c => (JsonNode)JsonValue.Create(MarkdownText.Escape(c.Reason)))]),
                ["button"] = i.Button,
            })]),
        });

    private static JsonObject Button(string title, string verb, Guid traineeId, Guid openingId) => new()
    {
        ["title"] = title,
        ["verb"] = verb,
        ["traineeId"] = traineeId.ToString(),
        ["openingId"] = openingId.ToString(),
    };
}
