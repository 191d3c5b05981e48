using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs.Yaml;

/// <summary>A YAML mapping read with care: every key checked, every value typed, every problem reported where it is.</summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries;

    private YamlMap(YamlMappingNode node, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, IYamlProblems problems)
    {
        Node = node;
        this.entries = entries;
        Problems = problems;
    }

    /// <summary>The default hint, in the message for a value that is not a mapping, of how to write one.</summary>
    public const string MappingShape = "key: value lines";

    /// <summary>The mapping itself, for problems about it as a whole.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>Where problems with this mapping (and mappings read within it) are reported.</summary>
    public IYamlProblems Problems { get; }

    /// <summary>The keys and values, in the order of the file; a key given twice appears once, with its last value.</summary>
    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries => entries.Values;

    /// <summary>The mapping <paramref name="node"/>, or null (with a problem) when it is not a mapping; keys that are not plain words are reported and skipped.</summary>
    /// <param name="node">The value to read.</param>
    /// <param name="what">What the value is, for messages: "a dialog file", "'when'".</param>
    /// <param name="problems">Where problems are reported.</param>
    /// <param name="shape">How a mapping is written, for the message when <paramref name="node"/> is not one.</param>
    public static YamlMap? From(YamlNode node, string what, IYamlProblems problems, string shape = MappingShape)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(problems);
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(node, $"{what} must be a mapping ({shape})");
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

            var suggestion = Closest(name, allowed);
            Problems.Add(key, suggestion is null
                ? $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})"
                : $"unknown key '{name}' in {what} (did you mean '{suggestion}'?)");
        }
    }

    /// <summary>Whether the mapping has <paramref name="key"/>.</summary>
    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, or null when there is none.</summary>
    public YamlNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The value of <paramref name="key"/>, or null (with a problem) when there is none.</summary>
    public YamlNode? Require(string key, string what)
    {
        var value = Get(key);
        if (value is null)
        {
            Problems.Add(Node, $"{what} has no '{key}'");
        }

        return value;
    }

    /// <summary>The trimmed text of a scalar value, or null (with a problem) when it is missing (if required), a list, a mapping or empty.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named for the YAML value it reads, like the other typed readers.")]
    public string? String(string key, string what, bool required = false)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : ScalarText(node, $"'{key}' of {what}");
    }

    /// <summary>The trimmed text of <paramref name="node"/>, or null (with a problem) when it is a list, a mapping or empty.</summary>
    public string? ScalarText(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
        {
            Problems.Add(node, $"{what} must be a single non-empty value");
            return null;
        }

        return text.Trim();
    }

    /// <summary>The whole number at <paramref name="key"/>, or null when there is none (or, with a problem, when it is not one).</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named for the YAML value it reads, like the other typed readers.")]
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

    /// <summary>The number at <paramref name="key"/>, or null when there is none (or, with a problem, when it is not one).</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named for the YAML value it reads, like the other typed readers.")]
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

    /// <summary>The true or false at <paramref name="key"/>, or null when there is none (or, with a problem, when it is neither).</summary>
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

    /// <summary>The <c>{ sv: ..., en: ... }</c> text at <paramref name="key"/>, or null when it is missing (with a problem if required) or wrong.</summary>
    public LocalizedText? Text(string key, string what, bool required = false)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : LocalizedTextOf(node, $"'{key}' of {what}");
    }

    /// <summary>The <c>{ sv: ..., en: ... }</c> text of <paramref name="node"/>, or null (with a problem) when it is not written so.</summary>
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

    /// <summary>The texts of the list at <paramref name="key"/>, or null when there is none (or, with a problem, when it is not a list).</summary>
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

    /// <summary>The allowed word within two edits of <paramref name="name"/> (case ignored), if any.</summary>
    public static string? Closest(string name, IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(allowed);
        return allowed
            .Select(candidate => (candidate, distance: EditDistance.Between(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.distance <= 2)
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .FirstOrDefault();
    }

    /// <summary>A number written like 3, -1 or 2.5 (invariant culture), or null.</summary>
    public static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
