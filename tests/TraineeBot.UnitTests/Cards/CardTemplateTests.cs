using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TraineeBot.Cards;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Cards;

public sealed class CardTemplateTests
{
    private const string Template = """
        { "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "${title}" },
            { "type": "TextBlock", "text": "Hej ${person.name}, du har ${count} nya frågor." },
            { "type": "TextBlock", "text": "${missing}", "isVisible": "${visible}" },
            { "type": "TextBlock", "text": "Saknas: ${person.nothing}" }
          ] }
        """;

    [Fact]
    public void A_whole_value_expression_keeps_the_datas_type_and_interpolation_gives_text()
    {
        var card = CardTemplate.Parse("t", Template).Render(new JsonObject
        {
            ["title"] = "Rubrik",
            ["person"] = new JsonObject { ["name"] = "Amira" },
            ["count"] = 3,
            ["visible"] = false,
        });

        var body = card["body"]!.AsArray();
        Assert.Equal("Rubrik", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("Hej Amira, du har 3 nya frågor.", body[1]!["text"]!.GetValue<string>());
        Assert.False(body[2]!["isVisible"]!.GetValue<bool>());
    }

    [Fact]
    public void A_missing_path_stays_as_written_as_adaptivecards_templating_does()
    {
        var card = CardTemplate.Parse("t", Template).Render(new JsonObject { ["person"] = new JsonObject() });

        var body = card["body"]!.AsArray();
        Assert.Equal("${missing}", body[2]!["text"]!.GetValue<string>());
        Assert.Equal("Saknas: ${person.nothing}", body[3]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Rendering_does_not_change_the_template()
    {
        var template = CardTemplate.Parse("t", Template);

        template.Render(new JsonObject { ["title"] = "A" });
        var second = template.Render(new JsonObject { ["title"] = "B" });

        Assert.Equal("B", second["body"]![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"type\": \"AdaptiveCard\", \"body\": [ ", "not valid JSON")]
    [InlineData("{ \"type\": \"Hero\" }", "\"type\": \"AdaptiveCard\"")]
    [InlineData("[]", "\"type\": \"AdaptiveCard\"")]
    [InlineData("{ \"type\": \"AdaptiveCard\", \"body\": [ { \"text\": \"${a +}\" } ] }", "at $.body[0].text")]
    [InlineData("{ \"type\": \"AdaptiveCard\", \"body\": [ { \"text\": \"${if(a, b)}\" } ] }", "should have at least 3 children")]
    [InlineData("{ \"type\": \"AdaptiveCard\", \"body\": [ {}, {}, { \"text\": \"Hej ${shout(name)}\" } ] }", "at $.body[2].text")]
    [InlineData("{ \"type\": \"AdaptiveCard\", \"body\": [ { \"text\": \"Hej ${shout(name)}\" } ] }", "unknown function 'shout'")]
    [InlineData("{ \"type\": \"AdaptiveCard\", \"actions\": [ { \"title\": \"${a b}\" } ] }", "at $.actions[0].title")]
    public void A_broken_template_is_refused_at_load_with_where_and_why(string json, string expected)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("broken", json));

        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_card_in_the_repository_loads()
    {
        var store = new CardTemplateStore(Options.Create(new CardOptions { Path = RepositoryPaths.Cards }));

        Assert.Contains("welcome", store.Names);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Cards, "*.json").Length, store.Names.Count);
    }

    [Fact]
    public void The_store_loads_top_level_cards_only_so_samples_are_not_templates()
    {
        var folder = Directory.CreateTempSubdirectory("traineebot-cards-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "hello.json"), "{ \"type\": \"AdaptiveCard\", \"version\": \"1.5\", \"body\": [] }");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "samples"));
            File.WriteAllText(Path.Combine(folder.FullName, "samples", "hello.json"), "{ \"not\": \"a card\" }");

            var store = new CardTemplateStore(Options.Create(new CardOptions { Path = folder.FullName }));

            Assert.Equal(["hello"], store.Names);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_expression_that_fails_at_render_names_the_card_and_the_place()
    {
        var template = CardTemplate.Parse("list", """
            { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "x" }, { "type": "TextBlock", "text": "${items[0]}" } ] }
            """);

        var error = Assert.Throws<CardTemplateException>(() => template.Render(new JsonObject { ["items"] = new JsonArray() }));

        Assert.Contains("Card 'list' at $.body[1].text", error.Message, StringComparison.Ordinal);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_whose_root_is_left_out_is_an_error_not_an_empty_card()
    {
        var template = CardTemplate.Parse("gone", """{ "type": "AdaptiveCard", "$when": "${show}", "body": [] }""");

        var error = Assert.Throws<CardTemplateException>(() => template.Render(new JsonObject { ["show"] = false }));

        Assert.Contains("Card 'gone'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(template.Render(new JsonObject { ["show"] = true }));
    }

    [Fact]
    public void Repeats_conditions_and_functions_render_and_leave_the_data_alone()
    {
        var template = CardTemplate.Parse("tasks", """
            { "type": "AdaptiveCard", "version": "1.5", "body": [
              { "type": "TextBlock", "$data": "${tasks}", "$when": "${!done}", "text": "${$index + 1}. ${toUpper(title)} (${$root.owner})" }
            ] }
            """);
        var data = new JsonObject
        {
            ["owner"] = "Åsa",
            ["tasks"] = new JsonArray(
                new JsonObject { ["title"] = "läsa", ["done"] = false },
                new JsonObject { ["title"] = "skriva", ["done"] = true },
                new JsonObject { ["title"] = "öva", ["done"] = false }),
        };
        var before = data.ToJsonString();

        var card = template.Render(data);

        Assert.Equal(["1. LÄSA (Åsa)", "3. ÖVA (Åsa)"], card["body"]!.AsArray().Select(b => (string?)b!["text"]));
        Assert.Equal(before, data.ToJsonString());
    }

    [Fact]
    public void Renders_concurrently_from_one_loaded_template()
    {
        var template = CardTemplate.Parse("t", Template);

        Parallel.For(0, 200, i =>
        {
            var card = template.Render(new JsonObject { ["title"] = $"T{i}", ["person"] = new JsonObject { ["name"] = $"N{i}" }, ["count"] = i });
            Assert.Equal($"Hej N{i}, du har {i} nya frågor.", (string?)card["body"]![1]!["text"]);
        });
    }

    [Fact]
    public void Data_built_in_csharp_binds_like_parsed_json()
    {
        var template = CardTemplate.Parse("types", """
            { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "${i}|${l}|${m}|${d}|${b}|${s}|${when}|${id}", "n": "${m}" } ] }
            """);
        var data = new JsonObject
        {
            ["i"] = 3,
            ["l"] = 9_000_000_000L,
            ["m"] = 2.50m,
            ["d"] = 0.1d,
            ["b"] = true,
            ["s"] = "å",
            ["when"] = new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.Zero),
            ["id"] = Guid.Empty,
        };

        var block = template.Render(data)["body"]![0]!;

        Assert.Equal("3|9000000000|2.5|0.1|true|å|2024-03-05T14:07:09+00:00|00000000-0000-0000-0000-000000000000", (string?)block["text"]);
        Assert.Equal(2.5, (double?)block["n"]);
    }
}
