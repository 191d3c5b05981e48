using System.Text.Json.Nodes;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Cards.Parity;

/// <summary>
/// One corpus entry: a template and its data. A case with a <see cref="Deviation"/> is one where we knowingly differ from
/// the oracle (docs/templating.md lists each); it says what we render instead, in <see cref="Expected"/>, or that we refuse
/// it (<see cref="ExpectError"/>).
/// </summary>
internal sealed record ParityCase(string Name, JsonNode? Template, JsonNode? Data, string? Deviation, JsonNode? Expected, bool ExpectError);

/// <summary>
/// The parity corpus: every <c>Parity/Fixtures/*.json</c> (copied to the test output), each <c>{ "cases": [...] }</c>. A case
/// is <c>{ name, template, data }</c>, or <c>{ name, card }</c> for a real card in <c>cards/</c> rendered with its sample data (or with <c>data</c>, for another view).
/// Names are prefixed with the file's name: <c>paths/missing-nested</c>.
/// </summary>
internal static class ParityCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, ParityCase>> All = new(Load);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Cards", "Parity", "Fixtures");

    public static IReadOnlyDictionary<string, ParityCase> Cases => All.Value;

    public static ParityCase Get(string name) => Cases[name];

    private static Dictionary<string, ParityCase> Load()
    {
        var cases = new Dictionary<string, ParityCase>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var prefix = Path.GetFileNameWithoutExtension(file);
            var root = JsonNode.Parse(File.ReadAllText(file))
                ?? throw new InvalidDataException($"{file} is empty.");
            foreach (var entry in root["cases"]?.AsArray() ?? throw new InvalidDataException($"{file} has no \"cases\"."))
            {
                var parsed = Parse(prefix, entry!.AsObject());
                if (!cases.TryAdd(parsed.Name, parsed))
                {
                    throw new InvalidDataException($"Two corpus cases are named {parsed.Name}.");
                }
            }
        }

        return cases;
    }

    private static ParityCase Parse(string prefix, JsonObject entry)
    {
        var name = $"{prefix}/{(string?)entry["name"] ?? throw new InvalidDataException($"A case in {prefix} has no name.")}";
        JsonNode? template;
        JsonNode? data;
        if ((string?)entry["card"] is { } card)
        {
            template = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, card + ".json")));
            data = entry["data"]?.DeepClone() ?? JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, "samples", card + ".json")));
        }
        else
        {
            template = entry["template"]?.DeepClone();
            data = entry["data"]?.DeepClone() ?? new JsonObject();
        }

        return new ParityCase(name, template, data, (string?)entry["deviation"], entry["expected"]?.DeepClone(),
            (bool?)entry["expectError"] ?? false);
    }
}
