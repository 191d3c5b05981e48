using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

/// <summary>Whatever a user types, every parser answers: accepted (and the value reads back), or a problem to show.</summary>
public sealed class AnswerPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>Words and signs the parsers look for, so generated answers get past the first checks.</summary>
    private static readonly string[] Vocabulary =
    [
        "1", "2", "3", "12", "31", "2026", "0", "-", "+", ",", ".", "/", ":", " ", "  ", "och", "and", "av", "of",
        "ja", "nej", "yes", "no", "👍", "👍🏽", "dec", "december", "januari", "maj", "i", "morgon", "om", "in", "dagar",
        "days", "vecka", "week", "på", "måndag", "monday", "nästa", "next", "tre", "four", "idag", "today", "1:a",
        "st", "nr", "kök", "Kontor", "vård", "omsorg", "mycket", "bra", "\u00a0", "−", "e", "ändra", "é", "\t",
    ];

    public static TheoryData<string, string> Kinds() => new()
    {
        { "text", "sv" }, { "text", "en" },
        { "choice", "sv" }, { "choice", "en" },
        { "multiple", "sv" }, { "multiple", "en" },
        { "scale", "sv" }, { "scale", "en" },
        { "yesno", "sv" }, { "yesno", "en" },
        { "date", "sv" }, { "date", "en" },
        { "number", "sv" }, { "number", "en" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Any_string_is_accepted_or_gets_a_problem(string kind, string language)
    {
        var spec = Spec(kind);
        var context = DialogFixtures.Context(language);

        Check.One(Quick, Prop.ForAll(Arb.From(Gen.OneOf(AnyString(), Plausible())), (string input) => Answered(spec, input, context)));
    }

    [Fact]
    public void Any_date_reads_back_from_every_written_form()
    {
        var spec = new DateAnswerSpec();
        var dates = Gen.Choose(-3000, 3000).Select(days => DialogFixtures.Today.AddDays(days));

        Check.One(Quick, Prop.ForAll(Arb.From(dates), date =>
        {
            string[] forms =
            [
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{date.Day}/{date.Month}/{date.Year}",
                $"{date.Day}.{date.Month}.{date.Year}",
                $"{date.Day} {Month(date, "sv")} {date.Year}",
                $"{Month(date, "en")} {date.Day}, {date.Year}",
                $"the {date.Day}th of {Month(date, "en")} {date.Year}",
            ];
            var iso = $"\"{date:yyyy-MM-dd}\"";
            return forms.All(form => spec.Parse(form, DialogFixtures.Swedish) is AnswerParseResult.Accepted a && a.Value.ToJsonString() == iso);
        }));
    }

    [Fact]
    public void Any_number_reads_back_as_shown_in_either_language()
    {
        var spec = new NumberAnswerSpec();
        var numbers = Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(0, 3)).Select(pair => pair.Item1 / (decimal)Math.Pow(10, pair.Item2));

        Check.One(Quick, Prop.ForAll(Arb.From(numbers), number =>
            new[] { "sv", "en" }.All(language =>
            {
                var context = DialogFixtures.Context(language);
                var shown = ParseAssert.Accepted(spec, number.ToString(CultureInfo.InvariantCulture), language).Display;
                return spec.Parse(shown, context) is AnswerParseResult.Accepted again
                    && again.Value.GetValue<decimal>() == number;
            })));
    }

    private static bool Answered(AnswerSpec spec, string input, DialogContext context)
    {
        switch (spec.Parse(input, context))
        {
            case AnswerParseResult.Accepted accepted:
                // An accepted value is valid, shown, and reads back from what a card would send.
                var again = spec.Parse(spec.CardValue(accepted.Value, context.Language), context);
                return spec.Accepts(accepted.Value, context)
                    && accepted.Display.Length > 0
                    && again is AnswerParseResult.Accepted back
                    && back.Value.ToJsonString() == accepted.Value.ToJsonString();
            case AnswerParseResult.Rejected rejected:
                // A problem may quote the user's text, but never shows an unfilled placeholder.
                return !string.IsNullOrWhiteSpace(rejected.Problem)
                    && (input.Contains('{', StringComparison.Ordinal) || !Regex.IsMatch(rejected.Problem, @"\{\d+\}"));
            default:
                return false;
        }
    }

    private static Gen<string> AnyString() =>
        ArbMap.Default.GeneratorFor<string>().Select(text => text ?? string.Empty);

    private static Gen<string> Plausible() =>
        Gen.ListOf(Gen.Elements(Vocabulary)).Select(words => string.Join(" ", words));

    private static string Month(DateOnly date, string language) =>
        new DateAnswerSpec().Display(System.Text.Json.Nodes.JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), language)
            .Split(' ')[2];

    private static AnswerSpec Spec(string kind) => kind switch
    {
        "text" => new TextAnswerSpec { MinLength = 2, MaxLength = 50 },
        "choice" => Choice(multiple: false),
        "multiple" => Choice(multiple: true),
        "scale" => new ScaleAnswerSpec
        {
            Labels = new Dictionary<int, LocalizedText> { [1] = new("Mycket dåligt", "Very poor"), [5] = new("Mycket bra", "Very good") },
        },
        "yesno" => YesNoAnswerSpec.Instance,
        "date" => new DateAnswerSpec { NotBefore = DateBound.Today(-365), NotAfter = DateBound.Today(365) },
        "number" => new NumberAnswerSpec { Min = -1000, Max = 1000 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ChoiceAnswerSpec Choice(bool multiple) => new(
    [
        new ChoiceOption("care", new LocalizedText("Vård och omsorg", "Health and social care")) { Synonyms = ["vård"] },
        new ChoiceOption("kitchen", new LocalizedText("Kök", "Kitchen")),
        new ChoiceOption("office", new LocalizedText("Kontor", "Office")),
    ])
    { Multiple = multiple };
}
