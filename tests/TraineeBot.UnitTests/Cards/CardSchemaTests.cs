using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TraineeBot.Cards;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Cards;

/// <summary>
/// Every card in cards/, rendered with its sample data (cards/samples/&lt;name&gt;.json), is a card Teams shows as written
/// (<see cref="TeamsCardRules"/>). The broken copies prove each rule can say no, and for the right reason.
/// </summary>
public sealed class CardSchemaTests
{
    public static TheoryData<string> CardNames =>
        [.. Directory.GetFiles(RepositoryPaths.Cards, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_card_has_sample_data(string name)
    {
        var sample = SamplePath(name);

        Assert.True(File.Exists(sample), $"Card '{name}' has no sample data: add {sample} with the data the bot renders it with.");
        Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(sample)));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task Every_card_rendered_with_its_sample_is_one_Teams_accepts(string name)
    {
        var card = RenderSample(name);

        var problems = (await TeamsCardRules.CheckAsync(new Dictionary<string, JsonObject> { [name] = card }, TestContext.Current.CancellationToken))[name];

        Assert.True(problems.Count == 0, TeamsCardRules.Describe(name, problems));
    }

    [Theory]
    [InlineData("unknown element type", "adaptivecards Parse UnknownElementType: Unknown element type \"Hero\"")]
    [InlineData("Media element", "adaptivecards Parse UnknownElementType: Unknown element type \"Media\"")]
    [InlineData("Carousel element (1.6)", "adaptivecards Parse UnknownElementType: Unknown element type \"Carousel\"")]
    [InlineData("unknown action type", "adaptivecards Parse UnknownActionType: Unknown action type \"Action.Popup\"")]
    [InlineData("version 1.6", "version 1.6 is above 1.5")]
    [InlineData("no version", "no \"version\"")]
    [InlineData("oversize", "over the 28672 (28 KB) Teams takes")]
    [InlineData("input without id", "adaptivecards Validation PropertyCantBeNull: All inputs must have a unique Id.")]
    public async Task A_broken_card_is_rejected_for_what_is_wrong_with_it(string breakage, string expected)
    {
        var card = RenderSample("welcome");
        Break(breakage, card);

        var problems = (await TeamsCardRules.CheckAsync(new Dictionary<string, JsonObject> { ["broken"] = card }, TestContext.Current.CancellationToken))["broken"];

        Assert.True(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), $"Expected a problem containing \"{expected}\".\n{TeamsCardRules.Describe("broken", problems)}");
    }

    [Fact]
    public async Task Every_element_and_action_Teams_supports_passes()
    {
        var card = JsonNode.Parse("""
            { "type": "AdaptiveCard", "version": "1.5", "body": [
              { "type": "TextBlock", "text": "t" },
              { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "r" } ] },
              { "type": "Image", "url": "https://example.com/a.png", "altText": "a" },
              { "type": "ImageSet", "images": [ { "type": "Image", "url": "https://example.com/a.png" } ] },
              { "type": "FactSet", "facts": [ { "title": "a", "value": "b" } ] },
              { "type": "ColumnSet", "columns": [ { "type": "Column", "items": [ { "type": "TextBlock", "text": "c" } ] } ] },
              { "type": "Container", "items": [ { "type": "TextBlock", "text": "c", "id": "toggled" } ] },
              { "type": "Table", "columns": [ { "width": 1 } ], "rows": [ { "type": "TableRow", "cells": [ { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "x" } ] } ] } ] },
              { "type": "Input.Text", "id": "text", "label": "Text" },
              { "type": "Input.Number", "id": "number", "label": "Number" },
              { "type": "Input.Date", "id": "date", "label": "Date" },
              { "type": "Input.Time", "id": "time", "label": "Time" },
              { "type": "Input.Toggle", "id": "toggle", "title": "Toggle", "label": "Toggle" },
              { "type": "Input.ChoiceSet", "id": "choice", "label": "Choice", "choices": [ { "title": "a", "value": "a" } ] },
              { "type": "ActionSet", "actions": [ { "type": "Action.Execute", "title": "Run", "verb": "run" } ] }
            ],
            "actions": [
              { "type": "Action.Submit", "title": "Submit", "data": { "msteams": { "type": "imBack", "value": "hjälp" } } },
              { "type": "Action.OpenUrl", "title": "Open", "url": "https://example.com" },
              { "type": "Action.ShowCard", "title": "Show", "card": { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "s" } ] } },
              { "type": "Action.ToggleVisibility", "title": "Toggle", "targetElements": [ "toggled" ] }
            ] }
            """)!.AsObject();

        var problems = (await TeamsCardRules.CheckAsync(new Dictionary<string, JsonObject> { ["all"] = card }, TestContext.Current.CancellationToken))["all"];

        Assert.True(problems.Count == 0, TeamsCardRules.Describe("all", problems));
    }

    private static string SamplePath(string name) => Path.Combine(RepositoryPaths.Cards, "samples", name + ".json");

    private static JsonObject RenderSample(string name)
    {
        var sample = SamplePath(name);
        Assert.True(File.Exists(sample), $"Card '{name}' has no sample data: add {sample}.");
        var store = new CardTemplateStore(Options.Create(new CardOptions { Path = RepositoryPaths.Cards }));
        return store.Render(name, JsonNode.Parse(File.ReadAllText(sample))!.AsObject());
    }

    private static void Break(string breakage, JsonObject card)
    {
        var body = card["body"]!.AsArray();
        switch (breakage)
        {
            case "unknown element type":
                body.Add(new JsonObject { ["type"] = "Hero", ["text"] = "x" });
                break;
            case "Media element":
                body.Add(new JsonObject
                {
                    ["type"] = "Media",
                    ["sources"] = new JsonArray(new JsonObject { ["mimeType"] = "video/mp4", ["url"] = "https://example.com/v.mp4" }),
                });
                break;
            case "Carousel element (1.6)":
                body.Add(new JsonObject { ["type"] = "Carousel", ["pages"] = new JsonArray() });
                break;
            case "unknown action type":
                card["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.Popup", ["title"] = "x" });
                break;
            case "version 1.6":
                card["version"] = "1.6";
                break;
            case "no version":
                card.Remove("version");
                break;
            case "oversize":
                for (var i = 0; i < 300; i++)
                {
                    body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('å', 50), ["wrap"] = true });
                }

                break;
            case "input without id":
                body.Add(new JsonObject { ["type"] = "Input.Text", ["label"] = "Namn" });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "No such breakage.");
        }
    }
}
