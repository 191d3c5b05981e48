using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TraineeBot.Cards.Templating;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Cards.Parity;

/// <summary>
/// Our templating engine against Microsoft's adaptivecards-templating 2.3.1, case by case over the corpus in
/// Parity/Fixtures. Where the corpus marks a documented deviation, we must render what it says we render, and the
/// oracle must still differ from that (so a deviation that is no longer one is noticed).
/// </summary>
public sealed partial class TemplateParityTests(TemplatingOracle oracle) : IClassFixture<TemplatingOracle>
{
    public static TheoryData<string> Cases => [.. ParityCorpus.Cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_adaptivecards_templating_does(string name)
    {
        var parity = ParityCorpus.Get(name);
        var theirs = oracle[name];
        var (ours, ourError) = RenderOurs(parity);
        var context = $"Case {name}\ntemplate: {JsonDiff.Show(parity.Template)}\ndata: {JsonDiff.Show(parity.Data)}\n" +
            $"oracle ({oracle.Package}): {(theirs.Failed ? "threw " + theirs.Error : JsonDiff.Show(theirs.Output))}\n" +
            $"ours: {(ourError is not null ? "threw " + ourError : JsonDiff.Show(ours))}";

        if (parity.Deviation is null)
        {
            if (theirs.Failed)
            {
                Assert.True(ourError is not null, $"The oracle refuses this template or data; we rendered it.\n{context}");
                return;
            }

            Assert.True(ourError is null, $"The oracle renders this; we threw.\n{context}");
            var difference = JsonDiff.FirstDifference(theirs.Output, ours);
            Assert.True(difference is null, $"Differs from the oracle at {difference}\n{context}");
            return;
        }

        if (parity.ExpectError)
        {
            Assert.True(ourError is not null, $"Deviation {parity.Deviation}: we should refuse this.\n{context}");
            Assert.False(theirs.Failed, $"Deviation {parity.Deviation} is no longer one: the oracle refuses it too.\n{context}");
            return;
        }

        Assert.True(ourError is null, $"Deviation {parity.Deviation}: we should render it.\n{context}");
        var fromExpected = JsonDiff.FirstDifference(parity.Expected, ours);
        Assert.True(fromExpected is null, $"Deviation {parity.Deviation}: differs from our documented output at {fromExpected}\n{context}");
        Assert.False(!theirs.Failed && JsonNode.DeepEquals(theirs.Output, parity.Expected),
            $"Deviation {parity.Deviation} is no longer one: the oracle renders the same.\n{context}");
    }

    [Fact]
    public void The_corpus_is_large_enough_and_covers_every_real_card()
    {
        Assert.True(ParityCorpus.Cases.Count >= 80, $"The parity corpus has {ParityCorpus.Cases.Count} cases; keep at least 80.");
        foreach (var card in Directory.GetFiles(RepositoryPaths.Cards, "*.json").Select(Path.GetFileNameWithoutExtension))
        {
            Assert.True(ParityCorpus.Cases.ContainsKey($"cards/{card}"), $"cards/{card}.json has no parity case cards/{card} (in Fixtures/cards.json).");
        }
    }

    [Fact]
    public void Every_deviation_in_the_corpus_is_documented_and_every_documented_one_is_in_the_corpus()
    {
        var documented = DeviationHeading().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "templating.md")))
            .Select(m => m.Groups["id"].Value)
            .ToHashSet(StringComparer.Ordinal);
        var used = ParityCorpus.Cases.Values.Where(c => c.Deviation is not null).Select(c => c.Deviation!).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(documented));
        Assert.Empty(documented.Except(used));
    }

    private static (JsonNode? Output, string? Error) RenderOurs(ParityCase parity)
    {
        try
        {
            return (JsonTemplate.Compile(parity.Template).Expand(parity.Data), null);
        }
        catch (TemplateCompileException ex)
        {
            return (null, "at load: " + ex.Message);
        }
        catch (TemplateRenderException ex)
        {
            return (null, "at render: " + ex.Message);
        }
    }

    [GeneratedRegex(@"^###\s+(?<id>D\d+)\b", RegexOptions.Multiline)]
    private static partial Regex DeviationHeading();
}
