using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>
/// A whole number from <see cref="Min"/> to <see cref="Max"/> (1–5 by default, as in the programme's evaluations).
/// Accepts "4", "fyra"/"four", "4/5", "4 av 5"/"4 of 5" and a point's label ("mycket bra").
/// </summary>
public sealed partial class ScaleAnswerSpec : AnswerSpec
{
    public int Min { get; init; } = 1;

    public int Max { get; init; } = 5;

    /// <summary>Labels for some or all points, e.g. 1 "Mycket dåligt" and 5 "Mycket bra".</summary>
    public IReadOnlyDictionary<int, LocalizedText> Labels { get; init; } = new Dictionary<int, LocalizedText>();

    public override StepKind Kind => StepKind.Scale;

    public override bool HasOptions => true;

    public override AnswerParseResult Parse(string input, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = InputText.Normalize(input);
        if (Read(text) is { } point && point >= Min && point <= Max)
        {
            return AnswerParseResult.Accept(JsonValue.Create(point), Display(point, context.Language));
        }

        return Reject(context.Language, DialogTextKey.ProblemScale, Min, Max);
    }

    public override string Display(JsonNode value, string language) =>
        Point(value) is { } point ? Display(point, language) : string.Empty;

    public override string CardValue(JsonNode value, string language) =>
        Point(value)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public override bool Accepts(JsonNode value, DialogContext context) => Point(value) is { } point && point >= Min && point <= Max;

    public override IReadOnlyList<AnswerOption> Options(string language) =>
    [
        .. Enumerable.Range(Min, Max - Min + 1)
            .Select(point => new AnswerOption(point.ToString(CultureInfo.InvariantCulture), Display(point, language))),
    ];

    internal override AskField Describe(AskField field, DialogContext context) => field with { Min = Min, Max = Max, WholeNumber = true };

    private string Display(int point, string language) =>
        Labels.TryGetValue(point, out var label)
            ? $"{point.ToString(CultureInfo.InvariantCulture)} – {label.Get(language)}"
            : point.ToString(CultureInfo.InvariantCulture);

    private int? Read(string text)
    {
        if (text.Length is 0 or > InputText.MaxParsedLength)
        {
            return null;
        }

        var outOf = OutOf().Match(text);
        if (outOf.Success)
        {
            text = outOf.Groups["point"].Value;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (NumberWords.Parse(text) is { } word)
        {
            return word;
        }

        var points = Labels.Keys.Order().ToList();
        var names = points
            .Select(point => (IReadOnlyList<string>)[.. Names(Labels[point])])
            .ToList();
        return OptionMatcher.Match(text, names, byPosition: false).Index is { } index ? points[index] : null;
    }

    private static IEnumerable<string> Names(LocalizedText label) =>
        new[] { label.Swedish, label.English }.Select(InputText.Normalize).Where(name => name.Length > 0);

    private static int? Point(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.Number && int.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var point)
            ? point
            : null;

    [GeneratedRegex(@"^(?<point>[^ /]+)\s*(?:/|av|of|out of)\s*\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutOf();
}
