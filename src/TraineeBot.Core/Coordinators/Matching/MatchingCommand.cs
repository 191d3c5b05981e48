using System.Globalization;
using System.Text.RegularExpressions;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Intake;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>What a coordinator's message asks of matching; see <see cref="MatchingGrammar"/>.</summary>
public abstract record MatchingCommand
{
    private MatchingCommand()
    {
    }

    /// <summary>"lediga platser" / "open placements".</summary>
    public sealed record ListOpen : MatchingCommand;

    /// <summary>"ny plats …" with every part understood.</summary>
    public sealed record Register(
        string Workplace, PlacementKind Kind, string WorkArea, int HoursPerWeek, bool PartTimeOk, string Location, int? TravelMinutes, IReadOnlyList<string> Languages)
        : MatchingCommand
    {
        public bool Equals(Register? other) =>
            other is not null && (Workplace, Kind, WorkArea, HoursPerWeek, PartTimeOk, Location, TravelMinutes) ==
            (other.Workplace, other.Kind, other.WorkArea, other.HoursPerWeek, other.PartTimeOk, other.Location, other.TravelMinutes)
            && Languages.SequenceEqual(other.Languages);

        public override int GetHashCode() => HashCode.Combine(Workplace, WorkArea, HoursPerWeek, Location);
    }

    /// <summary>"ny plats …" with a part not understood: the answer is how to write it, with <see cref="Problem"/> (a text key).</summary>
    public sealed record RegisterInvalid(string Problem, string Part) : MatchingCommand;

    /// <summary>"förslag för Amira" / "matcha Amira" / "suggestions for Amira".</summary>
    public sealed record SuggestFor(string Name) : MatchingCommand;
}

/// <summary>
/// The strict grammar of matching's messages, in Swedish and English (case-insensitive, a trailing ?/!/. ignored):
/// <c>lediga platser</c> · <c>open placements</c>;
/// <c>ny [intern|extern] plats &lt;arbetsplats&gt;; &lt;område&gt;; &lt;timmar&gt; [deltid ok]; &lt;ort&gt; [45 min][; &lt;språk, språk&gt;]</c> ·
/// <c>new [internal|external] opening …; …; &lt;hours&gt; [part-time ok]; &lt;location&gt; [45 min][; &lt;languages&gt;]</c>;
/// <c>förslag för &lt;namn&gt;</c> · <c>matcha &lt;namn&gt;</c> · <c>suggestions for &lt;name&gt;</c>. Anything else is not matching's.
/// </summary>
public static partial class MatchingGrammar
{
    private static readonly string[] ListPhrases = ["lediga platser", "lediga traineeplatser", "open placements", "open openings", "openings"];

    private static readonly (string Code, string[] Words)[] Areas =
    [
        ("preschool", ["förskola", "förskolan", "dagis", "preschool"]),
        ("school", ["skola", "fritids", "skola och fritids", "school", "school and after-school", "after-school"]),
        ("elderly-care", ["äldreomsorg", "äldreboende", "hemtjänst", "elderly care", "elderly-care"]),
        ("kitchen", ["kök", "restaurang", "kök och restaurang", "kitchen", "restaurant", "kitchen and restaurant"]),
        ("cleaning", ["städ", "städning", "fastighet", "städ och fastighet", "cleaning", "property", "cleaning and property"]),
        ("it", ["it", "data", "it och data", "computers", "it and computers"]),
        ("office", ["kontor", "administration", "office"]),
        ("retail", ["butik", "handel", "butik och handel", "retail", "shop", "shop and retail"]),
    ];

    private static readonly string[] LanguageCodes = ["swedish", "english", "arabic", "somali", "tigrinya", "persian", "turkish"];

    public static MatchingCommand? Parse(string text)
    {
        // Lower-casing is per character, so an index in the line is one in the collapsed text too.
        var collapsed = Spaces().Replace(text.Trim().TrimEnd('?', '!', '.').Trim(), " ");
        var line = collapsed.ToLower(CultureInfo.InvariantCulture);
        if (line.Length == 0)
        {
            return null;
        }

        if (ListPhrases.Contains(line, StringComparer.Ordinal))
        {
            return new MatchingCommand.ListOpen();
        }

        if (RegisterPattern().Match(line) is { Success: true } register)
        {
            // The parts keep the coordinator's spelling (the workplace's and the location's case).
            var rest = collapsed[register.Groups["rest"].Index..];
            return ParseRegister(register.Groups["kind"].Value, rest);
        }

        if (SuggestPattern().Match(line) is { Success: true } suggest && collapsed.Substring(suggest.Groups["name"].Index, suggest.Groups["name"].Length).Trim() is { Length: > 0 } name)
        {
            return new MatchingCommand.SuggestFor(name);
        }

        return null;
    }

    /// <summary>The area code of a name in either language ("förskola", "elderly care", "it"), else null.</summary>
    public static string? Area(string text)
    {
        var word = text.Trim().ToLower(CultureInfo.InvariantCulture);
        return Areas.FirstOrDefault(a => a.Code == word || a.Words.Contains(word, StringComparer.Ordinal)).Code;
    }

    /// <summary>The language code of a name in either language ("arabiska", "Somali"), else null.</summary>
    public static string? Language(string text)
    {
        var word = text.Trim().ToLower(CultureInfo.InvariantCulture);
        return LanguageCodes.FirstOrDefault(code => code == word
            || string.Equals(PlacementMatcher.LanguageName(code, "sv"), word, StringComparison.OrdinalIgnoreCase)
            || string.Equals(PlacementMatcher.LanguageName(code, "en"), word, StringComparison.OrdinalIgnoreCase)
            || (code == "persian" && word is "persiska" or "dari" or "farsi"));
    }

    private static MatchingCommand ParseRegister(string kindWord, string rest)
    {
        var parts = rest.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length is < 4 or > 5 || parts.Any(p => p.Length == 0))
        {
            return new MatchingCommand.RegisterInvalid("InvalidParts", rest);
        }

        if (Area(parts[1]) is not { } area)
        {
            return new MatchingCommand.RegisterInvalid("InvalidArea", parts[1]);
        }

        var hoursMatch = HoursPattern().Match(parts[2].ToLower(CultureInfo.InvariantCulture));
        var hours = hoursMatch.Success ? int.Parse(hoursMatch.Groups["hours"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours is < 1 or > 40)
        {
            return new MatchingCommand.RegisterInvalid("InvalidHours", parts[2]);
        }

        var (location, minutes) = LocationPattern().Match(parts[3]) is { Success: true } at
            ? (at.Groups["place"].Value.Trim(), (int?)int.Parse(at.Groups["minutes"].Value, CultureInfo.InvariantCulture))
            : (parts[3], null);
        if (location.Length == 0 || minutes is > 240)
        {
            return new MatchingCommand.RegisterInvalid("InvalidLocation", parts[3]);
        }

        var languages = new List<string>();
        if (parts.Length == 5)
        {
            foreach (var name in parts[4].Split([',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(n => n.Split([" och ", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (Language(name) is not { } code)
                {
                    return new MatchingCommand.RegisterInvalid("InvalidLanguage", name);
                }

                if (!languages.Contains(code))
                {
                    languages.Add(code);
                }
            }
        }

        var kind = kindWord is "extern" or "external" ? PlacementKind.External : PlacementKind.Internal;
        return new MatchingCommand.Register(parts[0], kind, area, hours, hoursMatch.Groups["part"].Success, location, minutes, languages);
    }

    [GeneratedRegex(@"^(?:ny|new)(?: (?<kind>intern|extern|internal|external))? (?:plats|traineeplats|opening|placement)[ :](?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegisterPattern();

    [GeneratedRegex(@"^(?:förslag för|förslag till|matcha|suggestions for|suggest for|match) (?<name>[^;]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SuggestPattern();

    [GeneratedRegex(@"^(?<hours>\d{1,2})\s*(?:tim|timmar|h|hours|hrs)?(?:\s*,?\s*(?<part>deltid ok|deltid|part-time ok|part-time|part time ok|part time))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"^(?<place>.+?)[\s,(]+(?<minutes>\d{1,3})\s*(?:min|minuter|minutes)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
