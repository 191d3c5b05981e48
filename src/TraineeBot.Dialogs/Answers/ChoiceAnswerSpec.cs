using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>
/// One option (or several with <see cref="Multiple"/>), answered by number, label, value or synonym, ignoring case
/// and accents, with small typos forgiven when only one option is that close. Several: "1, 3", "1 och 3", "1 and 3".
/// The value is the option's value (a string), or an array of values in option order.
/// </summary>
public sealed partial class ChoiceAnswerSpec : AnswerSpec
{
    private readonly IReadOnlyList<ChoiceOption> choices;
    private readonly IReadOnlyList<IReadOnlyList<string>> names;

    public ChoiceAnswerSpec(IReadOnlyList<ChoiceOption> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        this.choices = choices;
        names = [.. choices.Select(choice => choice.Names())];
    }

    public IReadOnlyList<ChoiceOption> Choices => choices;

    public bool Multiple { get; init; }

    public override StepKind Kind => StepKind.Choice;

    public override bool HasOptions => true;

    public override AnswerParseResult Parse(string input, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Language;
        input ??= string.Empty;
        if (choices.Count == 0 || input.Length > 10 * InputText.MaxParsedLength)
        {
            return Reject(language, DialogTextKey.ProblemChoice, choices.Count);
        }

        var whole = OptionMatcher.Match(InputText.Normalize(input), names);
        if (whole.Index is { } single)
        {
            return Multiple ? Accept([single], language) : Accept(single, language);
        }

        if (whole.IsAmbiguous)
        {
            return Ambiguous(whole, language);
        }

        var picked = new SortedSet<int>();
        foreach (var (original, part) in Parts(input))
        {
            var match = OptionMatcher.Match(part, names);
            if (match.IsAmbiguous)
            {
                return Ambiguous(match, language);
            }

            if (match.Index is not { } index)
            {
                return Multiple
                    ? Reject(language, DialogTextKey.ProblemChoicePart, Shortened(original), choices.Count)
                    : Reject(language, DialogTextKey.ProblemChoice, choices.Count);
            }

            picked.Add(index);
        }

        if (picked.Count == 0)
        {
            return Reject(language, DialogTextKey.ProblemChoice, choices.Count);
        }

        if (!Multiple)
        {
            return picked.Count == 1 ? Accept(picked.Min, language) : Reject(language, DialogTextKey.ProblemChoiceOnlyOne);
        }

        return Accept([.. picked], language);
    }

    public override string Display(JsonNode value, string language) =>
        string.Join(", ", Indexes(value).Select(index => choices[index].Label.Get(language)));

    public override string CardValue(JsonNode value, string language) =>
        string.Join(",", Indexes(value).Select(index => choices[index].Value));

    public override bool Accepts(JsonNode value, DialogContext context)
    {
        if (Multiple)
        {
            return value is JsonArray items && items.Count > 0
                && items.All(item => item is not null && IndexOf(item) is not null)
                && Indexes(value).Count == items.Count;
        }

        return value is not JsonArray && IndexOf(value) is not null;
    }

    public override IReadOnlyList<AnswerOption> Options(string language) =>
        [.. choices.Select(choice => new AnswerOption(choice.Value, choice.Label.Get(language)))];

    public override string? Example(DialogContext context) =>
        Multiple ? DialogTexts.Get(context.Language, DialogTextKey.ExampleChoiceMultiple) : null;

    internal override AskField Describe(AskField field, DialogContext context) => field with { Multiple = Multiple };

    private AnswerParseResult Accept(int index, string language) =>
        AnswerParseResult.Accept(JsonValue.Create(choices[index].Value), choices[index].Label.Get(language));

    private AnswerParseResult Accept(int[] indexes, string language) =>
        AnswerParseResult.Accept(
            new JsonArray([.. indexes.Select(index => (JsonNode)JsonValue.Create(choices[index].Value))]),
            string.Join(", ", indexes.Select(index => choices[index].Label.Get(language))));

    private AnswerParseResult Ambiguous(OptionMatch match, string language)
    {
        var or = $" {DialogTexts.Get(language, DialogTextKey.WordOr)} ";
        var candidates = string.Join(or, match.Candidates.Select(index => $"{index + 1} ({choices[index].Label.Get(language)})"));
        return Reject(language, DialogTextKey.ProblemChoiceAmbiguous, candidates);
    }

    /// <summary>The pieces of "1, 3", "1 och 3", "kök + städ", "1 3": as written, and normalised.</summary>
    private IEnumerable<(string Original, string Normalized)> Parts(string input)
    {
        foreach (var piece in Separators().Split(input))
        {
            var part = InputText.Normalize(piece);
            if (part.Length == 0)
            {
                continue;
            }

            if (OptionMatcher.Match(part, names).Index is not null)
            {
                yield return (piece.Trim(), part);
                continue;
            }

            foreach (var word in Conjunctions().Split(piece))
            {
                var subpart = InputText.Normalize(word);
                if (subpart.Length == 0)
                {
                    continue;
                }

                if (SpacedNumbers().IsMatch(subpart))
                {
                    foreach (var number in subpart.Split(' '))
                    {
                        yield return (number, number);
                    }
                }
                else
                {
                    yield return (word.Trim(), subpart);
                }
            }
        }
    }

    private List<int> Indexes(JsonNode value)
    {
        var items = value is JsonArray array ? array.Where(item => item is not null).Select(item => item!) : [value];
        return [.. items.Select(IndexOf).OfType<int>().Distinct().Order()];
    }

    private int? IndexOf(JsonNode value)
    {
        if (value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetValue<string>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Value, text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"\s*[,;+&/\n\r]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+(?:och|and|samt|eller|or)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Conjunctions();

    [GeneratedRegex(@"^\d+(?: \d+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedNumbers();
}
