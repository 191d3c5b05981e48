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
}
