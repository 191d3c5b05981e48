using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// A number: whole or decimal (Swedish decimal comma or a dot), optionally a <see cref="WholeNumber"/> and between
/// <see cref="Min"/> and <see cref="Max"/>. See <see cref="NumberParser"/> for the forms read.
/// </summary>
public sealed class NumberAnswerSpec : AnswerSpec
{
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public bool WholeNumber { get; init; }

    public override StepKind Kind => StepKind.Number;

    public override AnswerParseResult Parse(string input, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Language;
        if (NumberParser.Parse(input ?? string.Empty) is not { } number)
        {
            return Reject(language, WholeNumber ? DialogTextKey.ProblemNumberWhole : DialogTextKey.ProblemNumber);
        }

        if (WholeNumber && decimal.Truncate(number) != number)
        {
            return Reject(language, DialogTextKey.ProblemNumberWhole);
        }

        if (Min is { } min && number < min)
        {
            return Reject(language, DialogTextKey.ProblemNumberTooSmall, NumberText.Format(min, language));
        }

        if (Max is { } max && number > max)
        {
            return Reject(language, DialogTextKey.ProblemNumberTooLarge, NumberText.Format(max, language));
        }

        return AnswerParseResult.Accept(JsonValue.Create(number), NumberText.Format(number, language));
    }

    public override string Display(JsonNode value, string language) =>
        Number(value) is { } number ? NumberText.Format(number, language) : string.Empty;

    public override string CardValue(JsonNode value, string language) =>
        Number(value) is { } number ? NumberText.Invariant(number) : string.Empty;

    public override bool Accepts(JsonNode value, DialogContext context) =>
        Number(value) is { } number
        && (!WholeNumber || decimal.Truncate(number) == number)
        && (Min is null || number >= Min)
        && (Max is null || number <= Max);

    public override string? Example(DialogContext context) =>
        DialogTexts.Get(context.Language, WholeNumber ? DialogTextKey.ExampleNumberWhole : DialogTextKey.ExampleNumber);

    internal override AskField Describe(AskField field, DialogContext context) =>
        field with { Min = Min, Max = Max, WholeNumber = WholeNumber };

    private static decimal? Number(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
