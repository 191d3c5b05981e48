using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Cards;

/// <summary>
/// What a card the bot sends must be for Teams: parsed by adaptivecards 3.0.6 (validate-cards.mjs) targeting schema 1.5
/// without Media and with only the bot actions Teams supports, with no parse or validation event; <c>version</c> at most
/// 1.5; at most 28 KB as sent.
/// </summary>
internal static class TeamsCardRules
{
    public const int MaxBytes = 28 * 1024;

    public static readonly Version MaxVersion = new(1, 5);

    public static string Validator => Path.Combine(RepositoryPaths.Root, "tests", "TraineeBot.UnitTests", "Cards", "validate-cards.mjs");

    /// <summary>Every problem with each card, by name; an empty list is a card Teams accepts.</summary>
    public static async Task<Dictionary<string, List<string>>> CheckAsync(IReadOnlyDictionary<string, JsonObject> cards, CancellationToken cancellationToken)
    {
        await NodeTooling.EnsureInstalledAsync(cancellationToken);
        var input = new JsonObject
        {
            ["cards"] = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Key, ["card"] = c.Value.DeepClone() })]),
        };
        var run = await NodeTooling.RunAsync("node", [Validator], RepositoryPaths.Root, TimeSpan.FromMinutes(1), input.ToJsonString(), cancellationToken);
        var report = run.ExitCode == 0 ? JsonNode.Parse(run.StandardOutput)?["results"] as JsonObject : null;
        if (report is null)
        {
            throw new InvalidOperationException($"validate-cards.mjs failed (exit {run.ExitCode}):\n{run.StandardOutput}\n{run.StandardError}");
        }

        return cards.ToDictionary(c => c.Key, c =>
        {
            var problems = new List<string>();
            problems.AddRange((report[c.Key]?["events"]?.AsArray() ?? []).Select(e =>
                $"adaptivecards {(string?)e?["phase"]} {(string?)e?["event"]}: {(string?)e?["message"]}"));
            problems.AddRange(VersionProblems(c.Value));
            var bytes = Encoding.UTF8.GetByteCount(c.Value.ToJsonString());
            if (bytes > MaxBytes)
            {
                problems.Add($"{bytes} bytes as the bot serializes it (System.Text.Json defaults: non-ASCII escaped), over the {MaxBytes} (28 KB) Teams takes");
            }

            return problems;
        }, StringComparer.Ordinal);
    }

    private static IEnumerable<string> VersionProblems(JsonObject card)
    {
        var text = card["version"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is null)
        {
            yield return "no \"version\": Teams needs one (at most 1.5)";
        }
        else if (!Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var version))
        {
            yield return $"\"version\": \"{text}\" is not a version";
        }
        else if (version > MaxVersion)
        {
            yield return $"version {text} is above {MaxVersion.ToString(2)}, the newest Teams renders for bots";
        }
    }

    public static string Describe(string name, IReadOnlyList<string> problems) =>
        $"Card '{name}':\n  " + string.Join("\n  ", problems.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
