using System.Text.Json.Nodes;
using TraineeBot.Cards;

namespace TraineeBot.UnitTests.Cards;

/// <summary>
/// Data is data: a value that looks like a template expression or markdown is placed in the card as it is, never
/// expanded again (issue 9), and <see cref="MarkdownText.Escape"/> makes user text show literally in a TextBlock.
/// </summary>
public sealed class TemplateInjectionTests
{
    private const string Template = """
        { "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "${name}" },
            { "type": "TextBlock", "text": "Hej ${name}!" },
            { "type": "TextBlock", "$data": "${lines}", "text": "- ${$data}" },
            { "type": "TextBlock", "text": "${concat(name, '.')}" },
            { "type": "TextBlock", "$when": "${exists(secret)}", "text": "${toUpper(name)}" }
          ] }
        """;

    public static TheoryData<string> Payloads() =>
    [
        "${name}",
        "${$root.secret}",
        "${if(true, 'x', 'y')}",
        "\\${name}",
        "${",
        "`${secret}`",
        "Hej ${secret} och ${$root.secret}",
        "**fet** [länk](https://evil.example) # rubrik",
        "'; DROP TABLE Trainees; --",
        "\u202Egnp.exe\u200B\u200D",
        new string('å', 5000) + "${secret}",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_data_value_with_template_syntax_is_placed_as_it_is_and_never_expanded(string payload)
    {
        var card = CardTemplate.Parse("t", Template).Render(new JsonObject
        {
            ["name"] = payload,
            ["secret"] = "HEMLIGT",
            ["lines"] = new JsonArray(payload, payload),
        });

        var body = card["body"]!.AsArray();
        Assert.Equal(payload, Text(body[0]));
        Assert.Equal($"Hej {payload}!", Text(body[1]));
        Assert.Equal($"- {payload}", Text(body[2]));
        Assert.Equal($"- {payload}", Text(body[3]));
        Assert.Equal($"{payload}.", Text(body[4]));
        Assert.Equal(payload.ToUpperInvariant(), Text(body[5]));
        Assert.DoesNotContain("HEMLIGT", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_an_expression_is_not_expanded_by_a_second_render_either()
    {
        var template = CardTemplate.Parse("t", Template);
        var first = template.Render(new JsonObject { ["name"] = "${$root.secret}", ["secret"] = "HEMLIGT", ["lines"] = new JsonArray() });

        // A rendered card used as data again (as a stored card's data is re-rendered on an update) stays literal.
        var again = template.Render(new JsonObject { ["name"] = Text(first["body"]![0]), ["secret"] = "HEMLIGT", ["lines"] = new JsonArray() });

        Assert.Equal("${$root.secret}", Text(again["body"]![0]));
    }

    [Fact]
    public void An_expression_in_the_template_is_expanded_so_the_tests_above_can_fail()
    {
        var card = CardTemplate.Parse("t", """{ "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "${$root.secret}" } ] }""")
            .Render(new JsonObject { ["secret"] = "HEMLIGT" });

        Assert.Equal("HEMLIGT", Text(card["body"]![0]));
    }

    [Theory]
    [InlineData("Amira Hassan", "Amira Hassan")]
    [InlineData("Anna-Karin Öberg (vik.)", "Anna-Karin Öberg (vik.)")]
    [InlineData("**fet**", "\\*\\*fet\\*\\*")]
    [InlineData("_kursiv_", "\\_kursiv\\_")]
    [InlineData("[länk](https://evil.example)", "\\[länk\\](https://evil.example)")]
    [InlineData("# rubrik", "\\# rubrik")]
    [InlineData("  - punkt\n+ punkt\n> citat", "  \\- punkt\n\\+ punkt\n\\> citat")]
    [InlineData("1. första\n12) andra", "1\\. första\n12\\) andra")]
    [InlineData("år 2027. Bra", "år 2027. Bra")]
    [InlineData("`kod` ~~struken~~ <https://evil.example>", "\\`kod\\` \\~\\~struken\\~\\~ \\<https://evil.example>")]
    [InlineData("C:\\temp\\*", "C:\\\\temp\\\\\\*")]
    [InlineData("${name}", "${name}")]
    [InlineData("'; DROP TABLE Trainees; --", "'; DROP TABLE Trainees; --")]
    [InlineData("\u202Eabc\u200B", "\u202Eabc\u200B")]
    [InlineData("", "")]
    public void Markdown_in_user_text_is_escaped_and_unescapes_to_the_original(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownText.Escape(text));
        Assert.Equal(text, MarkdownText.Unescape(MarkdownText.Escape(text)));
    }

    [Fact]
    public void Null_is_empty_text()
    {
        Assert.Equal(string.Empty, MarkdownText.Escape(null));
    }

    private static string Text(JsonNode? block) => block!["text"]!.GetValue<string>();
}
