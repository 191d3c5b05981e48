using System.Globalization;
using System.Text.Json.Nodes;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>Each suggestion in one line, in the reader's language: "Förskola: du valde förskola; du skrev 'barn'".</summary>
public static class WorkAreaExplanations
{
    /// <summary>The area's name in lower case as in running text ("förskola", "IT").</summary>
    public static string AreaName(string area, string language) => IntakeTexts.Get(language, "Area_" + area);

    public static string Line(WorkAreaSuggestion suggestion, string language)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var name = AreaName(suggestion.Area, language);
        var reasons = suggestion.Reasons.Select(reason => Reason(reason, name, language));
        return $"{Capitalized(name)}: {string.Join("; ", reasons)}";
    }

    public static string Reason(ScoreReason reason, string areaName, string language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var words = string.Join(", ", reason.Words.Select(word => $"'{word}'"));
        return reason.Kind switch
        {
            ReasonKind.Chosen => IntakeTexts.Get(language, "ReasonChosen", areaName),
            ReasonKind.Wrote => IntakeTexts.Get(language, "ReasonWrote", words),
            ReasonKind.Avoid => IntakeTexts.Get(language, "ReasonAvoid", words),
            ReasonKind.HeavyLifting => IntakeTexts.Get(language, "ReasonHeavyLifting"),
            ReasonKind.NoLicence => IntakeTexts.Get(language, "ReasonNoLicence"),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Kind, null),
        };
    }

    /// <summary>The ranked suggestions as stored in <c>InterestProfile.SuggestionsJson</c>: area, score and reason keys with their words and points.</summary>
    public static JsonArray ToJson(IReadOnlyList<WorkAreaSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return new JsonArray([.. suggestions.Select((s, i) => (JsonNode)new JsonObject
        {
            ["rank"] = i + 1,
            ["area"] = s.Area,
            ["score"] = s.Score,
            ["reasons"] = new JsonArray([.. s.Reasons.Select(r => (JsonNode)new JsonObject
            {
                ["key"] = ReasonKey(r.Kind),
                ["points"] = r.Points,
                ["words"] = new JsonArray([.. r.Words.Select(w => (JsonNode)JsonValue.Create(w))]),
            })]),
        })]);
    }

    public static string ReasonKey(ReasonKind kind) => kind switch
    {
        ReasonKind.Chosen => "chosen",
        ReasonKind.Wrote => "wrote",
        ReasonKind.Avoid => "avoid",
        ReasonKind.HeavyLifting => "heavy-lifting",
        ReasonKind.NoLicence => "no-licence",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
