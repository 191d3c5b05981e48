using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>Free text, trimmed, between <see cref="MinLength"/> and <see cref="MaxLength"/> characters (emoji count as one).</summary>
public sealed class TextAnswerSpec : AnswerSpec
{
    public const int DefaultMinLength = 1;
    public const int DefaultMaxLength = 1000;

    public int MinLength { get; init; } = DefaultMinLength;

    public int MaxLength { get; init; } = DefaultMaxLength;

    public override StepKind Kind => StepKind.Text;

    public override AnswerParseResult Parse(string input, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return Reject(context.Language, DialogTextKey.ProblemTextEmpty);
        }

        var length = Length(text);
        if (length < MinLength)
        {
            return Reject(context.Language, DialogTextKey.ProblemTextTooShort, MinLength);
        }

        if (length > MaxLength)
        {
            return Reject(context.Language, DialogTextKey.ProblemTextTooLong, MaxLength);
        }

        return AnswerParseResult.Accept(JsonValue.Create(text), text);
    }

    public override string Display(JsonNode value, string language) => Text(value) ?? string.Empty;

    public override string CardValue(JsonNode value, string language) => Text(value) ?? string.Empty;

    public override bool Accepts(JsonNode value, DialogContext context) =>
        Text(value) is { } text && text.Trim().Length > 0 && Length(text) >= MinLength && Length(text) <= MaxLength;

    public override string? Example(DialogContext context) =>
        DialogTexts.Get(context.Language, DialogTextKey.ExampleText, MinLength, MaxLength);

    internal override AskField Describe(AskField field, DialogContext context) =>
        field with { MinLength = MinLength, MaxLength = MaxLength };

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    private static string? Text(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
