using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// When a step is asked: a test on the answer to an earlier step. Every operator that is set must hold.
/// <see cref="EqualTo"/> and <see cref="OneOf"/> compare with the stored value (an option's value, "true"/"false" for
/// yes/no, a number, an ISO date); for a multiple choice they hold when any chosen option matches.
/// </summary>
public sealed record StepCondition(string StepId)
{
    public string? EqualTo { get; init; }

    public IReadOnlyList<string>? OneOf { get; init; }

    public decimal? AtMost { get; init; }

    public decimal? AtLeast { get; init; }

    /// <summary>true: the step was answered; false: it was not (it did not apply).</summary>
    public bool? Answered { get; init; }

    public bool IsMet(IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answered = answers.TryGetValue(StepId, out var answer);
        if (Answered is { } mustBeAnswered && mustBeAnswered != answered)
        {
            return false;
        }

        if (EqualTo is null && OneOf is null && AtMost is null && AtLeast is null)
        {
            return true;
        }

        if (!answered)
        {
            return false;
        }

        var value = answer!.Value;
        if (EqualTo is not null && !Matches(value, EqualTo))
        {
            return false;
        }

        if (OneOf is not null && !OneOf.Any(literal => Matches(value, literal)))
        {
            return false;
        }

        if (AtMost is not null || AtLeast is not null)
        {
            if (Number(value) is not { } number)
            {
                return false;
            }

            return (AtMost is null || number <= AtMost) && (AtLeast is null || number >= AtLeast);
        }

        return true;
    }

    private static bool Matches(JsonNode value, string literal)
    {
        if (value is JsonArray items)
        {
            return items.Any(item => item is not null && Matches(item, literal));
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.True => literal == "true",
            JsonValueKind.False => literal == "false",
            JsonValueKind.Number => decimal.TryParse(literal, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && Number(value) == number,
            JsonValueKind.String => string.Equals(value.GetValue<string>(), literal, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static decimal? Number(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
