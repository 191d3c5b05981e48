using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// A date in Swedish or English (see <see cref="DateParser"/> for the forms read), optionally not before
/// <see cref="NotBefore"/> and not after <see cref="NotAfter"/>. The value is "yyyy-MM-dd".
/// </summary>
public sealed class DateAnswerSpec : AnswerSpec
{
    private const string IsoFormat = "yyyy-MM-dd";

    public DateBound? NotBefore { get; init; }

    public DateBound? NotAfter { get; init; }

    public override StepKind Kind => StepKind.Date;

    public override AnswerParseResult Parse(string input, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Language;
        var reading = DateParser.Parse(input ?? string.Empty, context.Today, date => InRange(date, context.Today));
        if (reading.NotARealDate)
        {
            return Reject(language, DialogTextKey.ProblemDateNotReal);
        }

        if (reading.Date is not { } date)
        {
            var example = ExampleDate(context);
            return Reject(language, DialogTextKey.ProblemDate, Iso(example), DayMonth(example), DateWords.DayAndMonth(example, language));
        }

        if (NotBefore?.Resolve(context.Today) is { } earliest && date < earliest)
        {
            return Reject(language, DialogTextKey.ProblemDateTooEarly, DateWords.Format(earliest, language));
        }

        if (NotAfter?.Resolve(context.Today) is { } latest && date > latest)
        {
            return Reject(language, DialogTextKey.ProblemDateTooLate, DateWords.Format(latest, language));
        }

        return AnswerParseResult.Accept(JsonValue.Create(Iso(date)), DateWords.Format(date, language));
    }

    public override string Display(JsonNode value, string language) =>
        Date(value) is { } date ? DateWords.Format(date, language) : string.Empty;

    public override string CardValue(JsonNode value, string language) => Date(value) is { } date ? Iso(date) : string.Empty;

    public override bool Accepts(JsonNode value, DialogContext context) =>
        Date(value) is { } date && InRange(date, context.Today);

    public override string? Example(DialogContext context)
    {
        var example = ExampleDate(context);
        return DialogTexts.Get(context.Language, DialogTextKey.ExampleDate, Iso(example), DayMonth(example),
            DateWords.DayAndMonth(example, context.Language));
    }

    internal override AskField Describe(AskField field, DialogContext context) => field with
    {
        Earliest = NotBefore?.Resolve(context.Today),
        Latest = NotAfter?.Resolve(context.Today),
    };

    private bool InRange(DateOnly date, DateOnly today) =>
        (NotBefore is null || date >= NotBefore.Resolve(today)) && (NotAfter is null || date <= NotAfter.Resolve(today));

    /// <summary>A week from today, or the nearest allowed date to it.</summary>
    private DateOnly ExampleDate(DialogContext context)
    {
        var today = context.Today;
        var example = today.DayNumber < DateOnly.MaxValue.DayNumber - 7 ? today.AddDays(7) : today;
        if (NotAfter?.Resolve(today) is { } latest && example > latest)
        {
            example = latest;
        }

        if (NotBefore?.Resolve(today) is { } earliest && example < earliest)
        {
            example = earliest;
        }

        return example;
    }

    private static string Iso(DateOnly date) => date.ToString(IsoFormat, CultureInfo.InvariantCulture);

    private static string DayMonth(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}");

    private static DateOnly? Date(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetValue<string>(), IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
