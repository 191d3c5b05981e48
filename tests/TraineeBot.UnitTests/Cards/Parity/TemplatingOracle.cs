using System.Text.Json.Nodes;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Cards.Parity;

/// <summary>What adaptivecards-templating gave for a case: its output, or the error it threw.</summary>
internal sealed record OracleResult(JsonNode? Output, string? Error)
{
    public bool Failed => Error is not null;
}

/// <summary>
/// Renders the whole corpus with adaptivecards-templating 2.3.1 through render-templates.mjs: one node process for all
/// cases, once per test run (a class fixture).
/// </summary>
public sealed class TemplatingOracle : IAsyncLifetime
{
    private IReadOnlyDictionary<string, OracleResult>? results;

    public static string Script => Path.Combine(RepositoryPaths.Root, "tests", "TraineeBot.UnitTests", "Cards", "render-templates.mjs");

    internal string Package { get; private set; } = string.Empty;

    internal OracleResult this[string name] =>
        (results ?? throw new InvalidOperationException("The oracle has not run."))[name];

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await NodeTooling.EnsureInstalledAsync(cancellationToken);
        var cases = new JsonArray([.. ParityCorpus.Cases.Values.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["template"] = c.Template?.DeepClone(),
            ["data"] = c.Data?.DeepClone(),
        })]);
        var run = await NodeTooling.RunAsync("node", [Script], RepositoryPaths.Root, TimeSpan.FromMinutes(2),
            new JsonObject { ["cases"] = cases }.ToJsonString(), cancellationToken);
        var report = run.ExitCode == 0 ? JsonNode.Parse(run.StandardOutput)?.AsObject() : null;
        if (report?["results"] is not JsonObject map)
        {
            throw new InvalidOperationException(
                $"render-templates.mjs failed (exit {run.ExitCode}):\n{run.StandardOutput}\n{run.StandardError}");
        }

        Package = (string?)report["package"] ?? string.Empty;
        results = map.ToDictionary(
            p => p.Key,
            p => new OracleResult(
                p.Value?["output"]?.DeepClone(),
                (string?)p.Value?["error"] ?? ((bool?)p.Value?["undefined"] == true ? "(undefined)" : null)),
            StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
