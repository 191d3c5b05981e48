using TraineeBot.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>Reads the options of each answer kind (for steps and form fields) and checks they make sense.</summary>
internal static class AnswerReader
{
    private const int MaxScalePoints = 11;
    private static readonly DateOnly ReferenceDay = new(2000, 1, 1);

    public static AnswerSpec? Read(StepKind kind, YamlMap map, string what) => kind switch
    {
        StepKind.Text => Text(map, what),
        StepKind.Choice => Choice(map, what),
        StepKind.Scale => Scale(map, what),
        StepKind.YesNo => YesNoAnswerSpec.Instance,
        StepKind.Date => Date(map, what),
        StepKind.Number => Number(map, what),
        _ => null,
    };

    private static TextAnswerSpec? Text(YamlMap map, string what)
    {
        var min = map.Int("minLength", what);
        var max = map.Int("maxLength", what);
        var ok = true;
        if (min is < 0)
        {
            map.Problems.Add(map.Get("minLength")!, $"minLength of {what} cannot be negative");
            ok = false;
        }

        if (max is < 1)
        {
            map.Problems.Add(map.Get("maxLength")!, $"maxLength of {what} must be at least 1");
            ok = false;
        }

        var spec = new TextAnswerSpec { MinLength = min ?? TextAnswerSpec.DefaultMinLength, MaxLength = max ?? TextAnswerSpec.DefaultMaxLength };
        if (ok && spec.MinLength > spec.MaxLength)
        {
            map.Problems.Add(map.Get("minLength") ?? map.Get("maxLength")!, $"minLength ({spec.MinLength}) of {what} is greater than maxLength ({spec.MaxLength})");
            ok = false;
        }

        return ok ? spec : null;
    }

    private static ScaleAnswerSpec? Scale(YamlMap map, string what)
    {
        var min = map.Int("min", what) ?? 1;
        var max = map.Int("max", what) ?? 5;
        if (min >= max)
        {
            map.Problems.Add(map.Get("min") ?? map.Get("max")!, $"min ({min}) of {what} must be less than max ({max})");
            return null;
        }

        if (max - min + 1 > MaxScalePoints)
        {
            map.Problems.Add(map.Get("max")!, $"{what} has {max - min + 1} points; a scale can have at most {MaxScalePoints}");
            return null;
        }

        var labels = new Dictionary<int, LocalizedText>();
        var ok = true;
        if (map.Get("labels") is { } labelsNode)
        {
            var labelsMap = YamlMap.From(labelsNode, $"'labels' of {what}", map.Problems);
            ok = labelsMap is not null;
            foreach (var (key, value) in labelsMap?.Entries ?? [])
            {
                if (!int.TryParse(key.Value, out var point) || point < min || point > max)
                {
                    map.Problems.Add(key, $"label '{key.Value}' of {what} is not a point on the scale ({min}–{max})");
                    ok = false;
                    continue;
                }

                if (map.LocalizedTextOf(value, $"label {point} of {what}") is { } label)
                {
                    labels[point] = label;
                }
                else
                {
                    ok = false;
                }
            }
        }

        return ok ? new ScaleAnswerSpec { Min = min, Max = max, Labels = labels } : null;
    }

    private static DateAnswerSpec? Date(YamlMap map, string what)
    {
        var notBefore = Bound(map, "notBefore", what, out var ok1);
        var notAfter = Bound(map, "notAfter", what, out var ok2);
        if (!ok1 || !ok2)
        {
            return null;
        }

        if (notBefore is not null && notAfter is not null && notBefore.IsRelative == notAfter.IsRelative
            && notBefore.Resolve(ReferenceDay) > notAfter.Resolve(ReferenceDay))
        {
            map.Problems.Add(map.Get("notBefore")!, $"notBefore ({notBefore}) of {what} is after notAfter ({notAfter})");
            return null;
        }

        return new DateAnswerSpec { NotBefore = notBefore, NotAfter = notAfter };
    }

    private static DateBound? Bound(YamlMap map, string key, string what, out bool ok)
    {
        ok = true;
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && DateBound.TryParse(text, out var bound))
        {
            return bound;
        }

        map.Problems.Add(node, $"{key} of {what} must be today, today+N, today-N or a date like 2026-12-01");
        ok = false;
        return null;
    }

    private static NumberAnswerSpec? Number(YamlMap map, string what)
    {
        var before = map.Problems.Count;
        var min = map.Decimal("min", what);
        var max = map.Decimal("max", what);
        var whole = map.Bool("integer", what) ?? false;
        if (min is not null && max is not null && min > max)
        {
            map.Problems.Add(map.Get("min")!, $"min ({min}) of {what} is greater than max ({max})");
        }

        return map.Problems.Count == before ? new NumberAnswerSpec { Min = min, Max = max, WholeNumber = whole } : null;
    }

    private static ChoiceAnswerSpec? Choice(YamlMap map, string what)
    {
        var before = map.Problems.Count;
        var multiple = map.Bool("multiple", what) ?? false;
        var node = map.Get("options");
        if (node is null)
        {
            map.Problems.Add(map.Node, $"{what} is a choice and needs 'options'");
            return null;
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            map.Problems.Add(node, $"'options' of {what} must be a list of options (each '- value: ...' with a label)");
            return null;
        }

        var options = new List<ChoiceOption>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Option(sequence.Children[i], i, map.Problems, what) is not { } option)
            {
                continue;
            }

            if (options.Any(other => other.Value == option.Value))
            {
                map.Problems.Add(sequence.Children[i], $"duplicate option value '{option.Value}' in {what}");
                continue;
            }

            var written = new[] { option.Value, option.Label.Swedish, option.Label.English ?? string.Empty }.Concat(option.Synonyms);
            foreach (var (text, name) in written.Select(text => (text, InputText.Normalize(text))).Where(pair => pair.Item2.Length > 0).DistinctBy(pair => pair.Item2))
            {
                if (owners.TryGetValue(name, out var owner))
                {
                    map.Problems.Add(sequence.Children[i], $"'{text}' names both option '{owner}' and option '{option.Value}' of {what}; each word may pick only one option");
                }
                else
                {
                    owners[name] = option.Value;
                }
            }

            options.Add(option);
        }

        return map.Problems.Count == before ? new ChoiceAnswerSpec(options) { Multiple = multiple } : null;
    }

    private static ChoiceOption? Option(YamlNode node, int index, IYamlProblems problems, string what)
    {
        var optionWhat = $"option {index + 1} of {what}";
        var map = YamlMap.From(node, optionWhat, problems);
        if (map is null)
        {
            return null;
        }

        var before = problems.Count;
        map.CheckKeys(["value", "label", "synonyms"], optionWhat);
        var value = map.String("value", optionWhat, required: true);
        if (value is not null && value.All(char.IsAsciiDigit))
        {
            problems.Add(map.Get("value")!, $"value '{value}' of {optionWhat} is a number; numbers pick options by position, so use a word");
        }

        if (value is not null && value.Contains(',', StringComparison.Ordinal))
        {
            problems.Add(map.Get("value")!, $"value '{value}' of {optionWhat} cannot contain a comma (cards send several values joined by commas)");
        }

        var label = map.Text("label", optionWhat, required: true);
        var synonyms = map.Strings("synonyms", optionWhat) ?? [];
        foreach (var synonym in synonyms.Where(synonym => InputText.Normalize(synonym) is { Length: > 0 } name && name.All(char.IsAsciiDigit)))
        {
            problems.Add(map.Get("synonyms")!, $"synonym '{synonym}' of {optionWhat} is a number; numbers pick options by position");
        }

        return problems.Count == before && value is not null && label is not null
            ? new ChoiceOption(value, label) { Synonyms = synonyms }
            : null;
    }
}
