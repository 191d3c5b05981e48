using System.Globalization;
using System.Text.RegularExpressions;
using TraineeBot.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Core.Scheduling;

/// <summary>Reads one schedule file (see docs/schedules.md), reporting every problem where it is.</summary>
internal static partial class ScheduleReader
{
    private const string Every = "every";
    private const string Before = "working-days-before";
    private const string After = "after";
    private const string OffsetsKey = "offsets";
    private const string What = "the schedule";
    private const string WhenWhat = "'when'";
    private const string MappingShape = "key: value lines, or { key: value, ... }";

    private static readonly string[] ScheduleKeys = ["id", "recipient", "sends", "when", "expire-after"];
    private static readonly string[] SendsKeys = ["dialog", "card", "text"];

    /// <summary>The keys of each kind of rule; the first is the one that says which kind it is.</summary>
    private static readonly Dictionary<string, string[]> RuleKeys = new(StringComparer.Ordinal)
    {
        [Every] = [Every, "from", "until", "at"],
        [Before] = [Before, "each", "at"],
        [After] = [After, OffsetsKey, "at"],
    };

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    public static (ScheduleDefinition Definition, int IdLine, int IdColumn)? Read(ScheduleSource source, ScheduleProblems problems)
    {
        var root = YamlFile.Root(source.Yaml, problems, "schedule", "id, recipient, sends and when");
        if (root is null || YamlMap.From(root, "a schedule file", problems, MappingShape) is not { } map)
        {
            return null;
        }

        var before = problems.Count;
        map.CheckKeys(ScheduleKeys, What);

        var id = map.String("id", What, required: true);
        if (id is not null && !IsIdentifier(id))
        {
            problems.Add(map.Get("id")!, $"id '{id}' must be lower-case letters and digits, joined by - or _ (like 'trainee-checkin')");
        }

        var recipient = map.String("recipient", What, required: true);
        if (recipient is not null && !ScheduleRecipients.All.Contains(recipient))
        {
            problems.Add(map.Get("recipient")!, $"recipient '{recipient}' is not one of {string.Join(", ", ScheduleRecipients.All)}");
        }

        var sends = map.Require("sends", What) is { } sendsNode ? Sends(sendsNode, problems) : null;
        var rule = map.Require("when", What) is { } whenNode ? Rule(whenNode, problems) : null;
        var expireAfter = ExpireAfter(map);

        if (problems.Count > before || id is null || recipient is null || sends is null || rule is null)
        {
            return null;
        }

        var idNode = map.Get("id")!;
        return (new ScheduleDefinition(id, recipient, sends, rule, expireAfter, source.FullPath), (int)idNode.Start.Line, (int)idNode.Start.Column);
    }

    private static ScheduleSends? Sends(YamlNode node, ScheduleProblems problems)
    {
        const string what = "'sends'";
        const string shape = "{ dialog: <id> }, { card: <template> } or { text: <key> }";
        if (node is not YamlMappingNode)
        {
            problems.Add(node, $"{what} must name one thing to send: {shape}");
            return null;
        }

        var map = YamlMap.From(node, what, problems, MappingShape)!;
        var before = problems.Count;
        map.CheckKeys(SendsKeys, what);
        var kinds = SendsKeys.Where(map.Has).ToList();
        if (kinds.Count == 0 && problems.Count > before)
        {
            // A misspelt kind ("dialogue") is reported with a suggestion; that says it all.
            return null;
        }

        if (kinds.Count != 1)
        {
            problems.Add(node, kinds.Count == 0
                ? $"{what} must name one thing to send: {shape}"
                : $"{what} names {string.Join(" and ", kinds)}; a schedule sends one thing");
            return null;
        }

        var kind = kinds[0];
        var name = map.String(kind, what);
        if (name is not null && kind != "text" && !IsIdentifier(name))
        {
            problems.Add(map.Get(kind)!, $"{kind} '{name}' in {what} must be lower-case letters and digits, joined by - or _ (like 'trainee-checkin')");
        }

        if (name is not null && kind == "text" && name.Any(char.IsWhiteSpace))
        {
            problems.Add(map.Get(kind)!, $"text '{name}' in {what} must be the key of a bot text (like 'Checkin.Reminder'), without spaces");
        }

        if (problems.Count > before || name is null)
        {
            return null;
        }

        var sendsKind = kind switch
        {
            "dialog" => ScheduleSendsKind.Dialog,
            "card" => ScheduleSendsKind.Card,
            _ => ScheduleSendsKind.Text,
        };
        return new ScheduleSends(sendsKind, name);
    }

    private static ScheduleRule? Rule(YamlNode node, ScheduleProblems problems)
    {
        if (node is not YamlMappingNode)
        {
            problems.Add(node, $"{WhenWhat} must be a mapping, like {{ every: 14 days, at: \"09:00\" }}");
            return null;
        }

        var map = YamlMap.From(node, WhenWhat, problems, MappingShape)!;
        var kinds = RuleKeys.Where(pair => map.Has(pair.Key) || (pair.Key == After && map.Has(OffsetsKey))).Select(pair => pair.Key).ToList();
        if (kinds.Count != 1)
        {
            var known = RuleKeys.Values.SelectMany(keys => keys).Distinct().ToList();
            var before = problems.Count;
            map.CheckKeys(known, WhenWhat);
            if (kinds.Count > 0 || problems.Count == before)
            {
                // With no kind, a misspelt one ("evry") is reported with a suggestion; that says it all.
                problems.Add(node, kinds.Count == 0
                    ? $"{WhenWhat} needs one of '{Every}', '{Before}' or '{After}' (with '{OffsetsKey}')"
                    : $"{WhenWhat} mixes kinds of rule ({string.Join(", ", kinds.Select(kind => $"'{kind}'"))}); use one");
            }

            return null;
        }

        var kind = kinds[0];
        var problemsBefore = problems.Count;
        map.CheckKeys(RuleKeys[kind], WhenWhat, key => Misplaced(key, kind));
        var at = At(map);
        ScheduleRule? rule = kind switch
        {
            Every => EveryRule(map, at),
            Before => BeforeRule(map, at),
            _ => OffsetsRule(map, at),
        };
        return problems.Count > problemsBefore ? null : rule;
    }

    private static string? Misplaced(string key, string kind)
    {
        var owners = RuleKeys.Where(pair => pair.Value.Contains(key)).Select(pair => $"'{pair.Key}'").ToList();
        return owners.Count > 0 ? $"'{key}' does not belong with '{kind}' (it is for {string.Join(", ", owners)})" : null;
    }

    private static TimeOnly At(YamlMap map)
    {
        var text = map.String("at", WhenWhat, required: true);
        if (text is null)
        {
            return default;
        }

        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at;
        }

        map.Problems.Add(map.Get("at")!, $"'at' in {WhenWhat} must be a local time of day like \"09:00\" (not '{text}')");
        return default;
    }

    private static ScheduleRule.Every? EveryRule(YamlMap map, TimeOnly at)
    {
        var text = map.String(Every, WhenWhat);
        var from = Anchor(map, "from") ?? ScheduleAnchors.Start;
        var until = Anchor(map, "until") ?? ScheduleAnchors.End;
        if (text is null)
        {
            return null;
        }

        var node = map.Get(Every)!;
        if (!DateOffset.TryParse(text, out var offset))
        {
            map.Problems.Add(node, $"'{Every}' must be a number of days or weeks, like '14 days' or '2 weeks' (not '{text}')");
            return null;
        }

        if (offset.Months != 0)
        {
            map.Problems.Add(node, $"'{Every}' counts days or weeks, not months (they differ in length); for monthly messages use '{After}' with '{OffsetsKey}'");
            return null;
        }

        if (offset.Days < 1)
        {
            map.Problems.Add(node, $"'{Every}' must be at least 1 day (not '{text}')");
            return null;
        }

        return new ScheduleRule.Every(offset.Days, at, from, until);
    }

    private static ScheduleRule.WorkingDaysBefore? BeforeRule(YamlMap map, TimeOnly at)
    {
        var text = map.String(Before, WhenWhat);
        var each = Anchor(map, "each", required: true);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            map.Problems.Add(map.Get(Before)!, $"'{Before}' must be a whole number of working days from 0 up (not '{text}')");
            return null;
        }

        return each is null ? null : new ScheduleRule.WorkingDaysBefore(days, each, at);
    }

    private static ScheduleRule.Offsets? OffsetsRule(YamlMap map, TimeOnly at)
    {
        var after = Anchor(map, After, required: true);
        var node = map.Require(OffsetsKey, WhenWhat);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            map.Problems.Add(node, $"'{OffsetsKey}' must be a list of offsets, like [3 months, 6 months, 12 months]");
            return null;
        }

        var steps = new List<DateOffset>();
        foreach (var item in sequence.Children)
        {
            if (map.ScalarText(item, $"an item of '{OffsetsKey}'") is not { } text)
            {
                continue;
            }

            if (!DateOffset.TryParse(text, out var offset))
            {
                map.Problems.Add(item, $"offset '{text}' must be like '3 months', '14 days' or '-1 day' (or in Swedish: '3 månader', '14 dagar')");
            }
            else if (steps.Contains(offset))
            {
                map.Problems.Add(item, $"offset '{text}' is listed twice");
            }
            else
            {
                steps.Add(offset);
            }
        }

        return after is null ? null : new ScheduleRule.Offsets(after, steps, at);
    }

    /// <summary>The anchor named by <paramref name="key"/>, which must be one of <see cref="ScheduleAnchors.KnownNames"/>.</summary>
    private static string? Anchor(YamlMap map, string key, bool required = false)
    {
        var name = map.String(key, WhenWhat, required);
        if (name is null || ScheduleAnchors.KnownNames.Contains(name))
        {
            return name;
        }

        var known = ScheduleAnchors.KnownNames.Order(StringComparer.Ordinal).ToList();
        map.Problems.Add(map.Get(key)!, YamlMap.Closest(name, known) is { } suggestion
            ? $"unknown date '{name}' in '{key}' (did you mean '{suggestion}'?)"
            : $"unknown date '{name}' in '{key}' (known: {string.Join(", ", known)})");
        return null;
    }

    private static TimeSpan? ExpireAfter(YamlMap map)
    {
        const string key = "expire-after";
        var text = map.String(key, What);
        if (text is null)
        {
            return null;
        }

        switch (Quantities.Duration(text))
        {
            case null:
                map.Problems.Add(map.Get(key)!, $"'{key}' must be a length of time like '2 days', '12 hours' or '1 week' (not '{text}')");
                return null;
            case { } duration when duration <= TimeSpan.Zero:
                map.Problems.Add(map.Get(key)!, $"'{key}' must be longer than zero (not '{text}')");
                return null;
            case { } duration:
                return duration;
        }
    }

    private static bool IsIdentifier(string id) => IdentifierPattern().IsMatch(id);

    [GeneratedRegex(@"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
