using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>A YAML mapping read with care: every key checked, every value typed, every problem reported where it is.</summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries;

    private YamlMap(YamlMappingNode node, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, ProblemList problems)
    {
        Node = node;
        this.entries = entries;
        Problems = problems;
    }

    public YamlMappingNode Node { get; }

    public ProblemList Problems { get; }

    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries => entries.Values;

    public static YamlMap? From(YamlNode node, string what, ProblemList problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(node, $"{what} must be a mapping (key: value lines)");
            return null;
        }

        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                problems.Add(key, $"a key in {what} must be a plain word");
                continue;
            }

            entries[name] = (scalar, value);
        }

        return new YamlMap(mapping, entries, problems);
    }

    /// <summary>Reports keys that are not in <paramref name="allowed"/>, suggesting the closest allowed key.</summary>
    public void CheckKeys(IReadOnlyCollection<string> allowed, string what, Func<string, string?>? explain = null)
    {
        foreach (var (key, _) in entries.Values)
        {
            var name = key.Value!;
            if (allowed.Contains(name))
            {
                continue;
            }

            var explanation = explain?.Invoke(name);
            if (explanation is not null)
            {
                Problems.Add(key, explanation);
                continue;
            }

            var suggestion = allowed
                .Select(candidate => (candidate, distance: EditDistance.Between(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
                .Where(pair => pair.distance <= 2)
                .OrderBy(pair => pair.distance)
                .Select(pair => pair.candidate)
                .FirstOrDefault();
            Problems.Add(key, suggestion is null
                ? $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})"
                : $"unknown key '{name}' in {what} (did you mean '{suggestion}'?)");
        }
    }

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlNode? Require(string key, string what)
    {
        var value = Get(key);
        if (value is null)
        {
            Problems.Add(Node, $"{what} has no '{key}'");
        }

        return value;
    }

    public string? String(string key, string what, bool required = false)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : ScalarText(node, $"'{key}' of {what}");
    }

    public string? ScalarText(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
        {
            Problems.Add(node, $"{what} must be a single non-empty value");
            return null;
        }

        return text.Trim();
    }

    public int? Int(string key, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Problems.Add(node, $"'{key}' of {what} must be a whole number");
        return null;
    }

    public decimal? Decimal(string key, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && ParseDecimal(text) is { } number)
        {
            return number;
        }

        Problems.Add(node, $"'{key}' of {what} must be a number (like 3 or 2.5)");
        return null;
    }

    public bool? Bool(string key, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    break;
            }
        }

        Problems.Add(node, $"'{key}' of {what} must be true or false");
        return null;
    }

    public LocalizedText? Text(string key, string what, bool required = false)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : LocalizedTextOf(node, $"'{key}' of {what}");
    }

    public LocalizedText? LocalizedTextOf(YamlNode node, string what)
    {
        if (node is not YamlMappingNode)
        {
            Problems.Add(node, $"{what} must be written as {{ sv: ..., en: ... }} (Swedish required, English optional)");
            return null;
        }

        var map = From(node, what, Problems)!;
        map.CheckKeys(["sv", "en"], what);
        var swedishNode = map.Get("sv");
        if (swedishNode is null)
        {
            Problems.Add(node, $"{what} has no Swedish text (sv)");
            return null;
        }

        var swedish = map.ScalarText(swedishNode, $"the Swedish text (sv) of {what}");
        var englishNode = map.Get("en");
        var english = englishNode is null ? null : map.ScalarText(englishNode, $"the English text (en) of {what}");
        return swedish is null ? null : new LocalizedText(swedish, english);
    }

    public List<string>? Strings(string key, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problems.Add(node, $"'{key}' of {what} must be a list, like [a, b]");
            return null;
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (ScalarText(item, $"an item of '{key}' in {what}") is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    public static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
