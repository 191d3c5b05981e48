using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>
/// The interest inventory's answers (<c>dialogs/interest-inventory.yaml</c>) as the scoring reads them, by step id.
/// A step that was skipped or is missing is empty.
/// </summary>
public sealed record InterestAnswers
{
    public string Interests { get; init; } = string.Empty;

    public string Background { get; init; } = string.Empty;

    public string GoodAt { get; init; } = string.Empty;

    /// <summary>What they do not want to work with; empty when they said no.</summary>
    public string Avoid { get; init; } = string.Empty;

    public int? HoursPerWeek { get; init; }

    /// <summary><c>near</c>, <c>short</c>, <c>long</c> or <c>any</c>.</summary>
    public string? Travel { get; init; }

    /// <summary>True when the trainee chose to share health needs (then <see cref="Health"/> is what they wrote).</summary>
    public bool SharesHealth { get; init; }

    public string Health { get; init; } = string.Empty;

    public IReadOnlyList<string> Languages { get; init; } = [];

    public string OtherLanguages { get; init; } = string.Empty;

    public bool? DrivingLicence { get; init; }

    /// <summary>The work areas they picked (option values: <c>preschool</c>, <c>kitchen</c>…).</summary>
    public IReadOnlyList<string> PreferredAreas { get; init; } = [];

    public string OtherArea { get; init; } = string.Empty;

    /// <summary>Reads the answers a completed run hands its end actions.</summary>
    public static InterestAnswers From(IReadOnlyDictionary<string, JsonNode?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var sharesHealth = Bool(answers, "share-health") == true;
        return new InterestAnswers
        {
            Interests = Text(answers, "interests"),
            Background = Text(answers, "background"),
            GoodAt = Text(answers, "good-at"),
            Avoid = Bool(answers, "has-avoid") == true ? Text(answers, "avoid") : string.Empty,
            HoursPerWeek = Number(answers, "hours"),
            Travel = Text(answers, "travel") is { Length: > 0 } travel ? travel : null,
            SharesHealth = sharesHealth,
            Health = sharesHealth ? Text(answers, "health") : string.Empty,
            Languages = List(answers, "languages"),
            OtherLanguages = Text(answers, "other-languages"),
            DrivingLicence = Bool(answers, "licence"),
            PreferredAreas = List(answers, "areas"),
            OtherArea = Text(answers, "other-area"),
        };
    }

    private static JsonNode? Get(IReadOnlyDictionary<string, JsonNode?> answers, string step) =>
        answers.TryGetValue(step, out var node) ? node : null;

    private static string Text(IReadOnlyDictionary<string, JsonNode?> answers, string step) =>
        Get(answers, step) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : string.Empty;

    private static bool? Bool(IReadOnlyDictionary<string, JsonNode?> answers, string step) =>
        Get(answers, step) is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    private static int? Number(IReadOnlyDictionary<string, JsonNode?> answers, string step) =>
        Get(answers, step) is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? (int)Math.Round(double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)) : null;

    private static string[] List(IReadOnlyDictionary<string, JsonNode?> answers, string step) => Get(answers, step) switch
    {
        JsonArray array => [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
