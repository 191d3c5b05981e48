using System.Text.Json.Nodes;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>
/// When a supervisor's check-in answer means the coordinator must act: any score of 2 or lower, "no" to renewal,
/// "please call me", or a concern written. The reasons are lines for the coordinator, in their language.
/// </summary>
public static class SupervisorRedFlags
{
    public const int LowScore = 2;

    public static IReadOnlyList<string> Reasons(CardForm form, JsonObject answer, string language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answer);
        var reasons = new List<string>();
        foreach (var field in form.Fields)
        {
            var value = answer[field.Id];
            switch (field.Kind)
            {
                case StepKind.Scale when value is JsonValue score && score.TryGetValue<int>(out var points) && points <= LowScore:
                    reasons.Add(SupervisorTexts.Get(language, "ReasonLowScore", field.Label.Get(language), field.Answer.Display(value, language)));
                    break;
            }
        }

        if (Text(answer, "renewal") == "no")
        {
            reasons.Add(SupervisorTexts.Get(language, "ReasonRenewalNo"));
        }

        if (answer["call-me"] is JsonValue call && call.TryGetValue<bool>(out var callMe) && callMe)
        {
            reasons.Add(SupervisorTexts.Get(language, "ReasonCallMe"));
        }

        if (Text(answer, "concerns") is { Length: > 0 } concern)
        {
            reasons.Add(SupervisorTexts.Get(language, "ReasonConcern", concern));
        }

        return reasons;
    }

    private static string? Text(JsonObject answer, string field) =>
        answer[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;
}
