using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>Yes or no, in either language: "ja", "j", "jo", "yes", "y", "👍", "nej", "n", "nä", "no", "👎" and more.</summary>
public sealed class YesNoAnswerSpec : AnswerSpec
{
    public static readonly YesNoAnswerSpec Instance = new();

    public override StepKind Kind => StepKind.YesNo;

    public override bool HasOptions => true;

    public override AnswerParseResult Parse(string input, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return YesNoWords.Read(input) switch
        {
            true => AnswerParseResult.Accept(JsonValue.Create(true), Label(true, context.Language)),
            false => AnswerParseResult.Accept(JsonValue.Create(false), Label(false, context.Language)),
            null => Reject(context.Language, DialogTextKey.ProblemYesNo),
        };
    }

    public override string Display(JsonNode value, string language) =>
        Bool(value) is { } yes ? Label(yes, language) : string.Empty;

    public override string CardValue(JsonNode value, string language) => Display(value, language);

    public override bool Accepts(JsonNode value, DialogContext context) => Bool(value) is not null;

    public override IReadOnlyList<AnswerOption> Options(string language) =>
    [
        new(Label(true, language), Label(true, language)),
        new(Label(false, language), Label(false, language)),
    ];

    internal static string Label(bool yes, string language) =>
        DialogTexts.Get(language, yes ? DialogTextKey.AnswerYes : DialogTextKey.AnswerNo);

    private static bool? Bool(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
