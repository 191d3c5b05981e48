using System.Text.Json.Nodes;
using TraineeBot.Dialogs;

namespace TraineeBot.UnitTests.Dialogs.Support;

internal static class ParseAssert
{
    public static AnswerParseResult.Accepted Accepted(AnswerSpec spec, string input, string language = "sv")
    {
        var result = spec.Parse(input, DialogFixtures.Context(language));
        return Assert.IsType<AnswerParseResult.Accepted>(result, exactMatch: true);
    }

    public static string Rejected(AnswerSpec spec, string input, string language = "sv")
    {
        var result = spec.Parse(input, DialogFixtures.Context(language));
        return Assert.IsType<AnswerParseResult.Rejected>(result, exactMatch: true).Problem;
    }

    public static void Value(string expectedJson, AnswerSpec spec, string input, string language = "sv") =>
        Assert.Equal(expectedJson, Accepted(spec, input, language).Value.ToJsonString());

    public static JsonNode Json(string json) => JsonNode.Parse(json)!;
}
