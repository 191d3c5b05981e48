using System.Globalization;
using TraineeBot.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>Reads a step's <c>when</c>: it may only use answers to earlier steps, with operators that fit their kind.</summary>
internal static class ConditionReader
{
    private static readonly string[] Keys = ["step", "equals", "in", "atMost", "atLeast", "answered"];

    public static StepCondition? Read(
        YamlNode node, string stepId, int index, IReadOnlyList<StepDefinition> earlier, IReadOnlyDictionary<string, int> positions, ProblemList problems)
    {
        var what = $"the condition (when) of step '{stepId}'";
        var map = YamlMap.From(node, what, problems);
        if (map is null)
        {
            return null;
        }

        var before = problems.Count;
        map.CheckKeys(Keys, what);
        var target = map.String("step", what, required: true);
        if (!Keys.Skip(1).Any(map.Has))
        {
            problems.Add(node, $"{what} needs one of equals, in, atMost, atLeast or answered");
        }

        var answered = map.Bool("answered", what);
        var atMost = map.Decimal("atMost", what);
        var atLeast = map.Decimal("atLeast", what);
        if (atMost is not null && atLeast is not null && atLeast > atMost)
        {
            problems.Add(map.Get("atLeast")!, $"atLeast ({atLeast}) of {what} is greater than atMost ({atMost}); it can never hold");
        }

        var equals = map.Get("equals") is { } equalsNode ? map.ScalarText(equalsNode, $"'equals' of {what}") : null;
        var oneOf = map.Strings("in", what);
        if (map.Get("in") is YamlSequenceNode { Children.Count: 0 } emptyIn)
        {
            problems.Add(emptyIn, $"'in' of {what} needs at least one value");
        }

        if (target is null)
        {
            return null;
        }

        var targetNode = map.Get("step")!;
        if (!positions.TryGetValue(target, out var position))
        {
            problems.Add(targetNode, $"{what} refers to unknown step '{target}'");
            return null;
        }

        if (position >= index)
        {
            problems.Add(targetNode, position == index
                ? $"{what} refers to the step itself; a condition can only use answers to earlier steps"
                : $"{what} refers to step '{target}', which comes later; a condition can only use answers to earlier steps");
            return null;
        }

        var step = earlier.FirstOrDefault(candidate => candidate.Id == target);
        if (step is null)
        {
            // The earlier step has problems of its own, already reported.
            return null;
        }

        if (step.Kind is StepKind.Form or StepKind.Confirm)
        {
            problems.Add(targetNode, $"{what} cannot use a {StepKinds.Name(step.Kind)} step ('{target}')");
            return null;
        }

        if ((atMost is not null || atLeast is not null) && step.Kind is not (StepKind.Scale or StepKind.Number))
        {
            problems.Add(map.Get("atMost") ?? map.Get("atLeast")!, $"atMost and atLeast work with scale and number steps; '{target}' is a {StepKinds.Name(step.Kind)} step");
        }

        var canonicalEquals = equals is null ? null : Canonical(equals, map.Get("equals")!, step, what, problems);
        var canonicalIn = oneOf?.Select(value => Canonical(value, map.Get("in")!, step, what, problems)).ToList();

        if (problems.Count > before)
        {
            return null;
        }

        return new StepCondition(target)
        {
            EqualTo = canonicalEquals,
            OneOf = canonicalIn?.OfType<string>().ToList(),
            AtMost = atMost,
            AtLeast = atLeast,
            Answered = answered,
        };
    }

    /// <summary>The value as it is stored for the target's kind (option value, "true"/"false", a number, an ISO date).</summary>
    private static string? Canonical(string value, YamlNode node, StepDefinition step, string what, ProblemList problems)
    {
        switch (step.Answer)
        {
            case ChoiceAnswerSpec choice:
                if (choice.Choices.Any(option => option.Value == value))
                {
                    return value;
                }

                problems.Add(node, $"'{value}' in {what} is not an option of step '{step.Id}' (options: {string.Join(", ", choice.Choices.Select(option => option.Value))})");
                return null;
            case YesNoAnswerSpec:
                switch (value.ToLowerInvariant())
                {
                    case "yes" or "ja" or "true":
                        return "true";
                    case "no" or "nej" or "false":
                        return "false";
                    default:
                        problems.Add(node, $"{what} compares yes/no step '{step.Id}' with '{value}'; use yes or no");
                        return null;
                }

            case ScaleAnswerSpec or NumberAnswerSpec:
                if (YamlMap.ParseDecimal(value) is { } number)
                {
                    return number.ToString(CultureInfo.InvariantCulture);
                }

                problems.Add(node, $"{what} compares number step '{step.Id}' with '{value}', which is not a number");
                return null;
            case DateAnswerSpec:
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return value;
                }

                problems.Add(node, $"{what} compares date step '{step.Id}' with '{value}'; write dates like 2026-12-01");
                return null;
            default:
                return value;
        }
    }
}
