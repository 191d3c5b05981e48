using System.Text.Json.Nodes;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>
/// Whether a trainee's check-in answers raise a red flag: any scale answer ≤ 2, "I want to talk" = yes, too much
/// work and something difficult, or a word from <see cref="RedFlagWords"/> in the free text.
/// </summary>
public static class RedFlags
{
    public const int LowScore = 2;

    private static readonly string[] Scales = ["mood", "support"];

    private static readonly string[] FreeTexts = ["difficult-text", "tell-text"];

    /// <summary>The reasons, in <paramref name="language"/>; empty when there is no flag.</summary>
    public static IReadOnlyList<string> Reasons(IReadOnlyDictionary<string, JsonNode?> answers, string language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var reasons = new List<string>();
        foreach (var scale in Scales)
        {
            if (Number(answers, scale) is { } score && score <= LowScore)
            {
                reasons.Add(CheckInTexts.Get(language, "ReasonLowScore", CheckInTexts.Get(language, "Q_" + scale), score));
            }
        }

        if (Bool(answers, "talk") == true)
        {
            reasons.Add(CheckInTexts.Get(language, "ReasonTalk"));
        }

        if (Text(answers, "workload") == "too-much" && Bool(answers, "difficult") == true)
        {
            reasons.Add(CheckInTexts.Get(language, "ReasonWorkload"));
        }

        var words = FreeTexts.SelectMany(step => RedFlagWords.Find(Text(answers, step))).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count > 0)
        {
            reasons.Add(CheckInTexts.Get(language, "ReasonWord", string.Join(", ", words.Select(w => w.TrimEnd('*')))));
        }

        return reasons;
    }

    internal static double? Number(IReadOnlyDictionary<string, JsonNode?> answers, string step)
    {
        if (!answers.TryGetValue(step, out var node) || node is not JsonValue value)
        {
            return null;
        }

        return value.TryGetValue<double>(out var number) ? number
            : value.TryGetValue<int>(out var whole) ? whole
            : value.TryGetValue<long>(out var big) ? big
            : value.TryGetValue<decimal>(out var exact) ? (double)exact
            : null;
    }

    internal static bool? Bool(IReadOnlyDictionary<string, JsonNode?> answers, string step) =>
        answers.TryGetValue(step, out var node) && node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    internal static string? Text(IReadOnlyDictionary<string, JsonNode?> answers, string step) =>
        answers.TryGetValue(step, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
