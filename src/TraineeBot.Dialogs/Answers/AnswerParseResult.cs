using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>A typed or sent answer, read: accepted with its value and display text, or rejected with a problem in the user's language.</summary>
public abstract record AnswerParseResult
{
    private AnswerParseResult()
    {
    }

    public sealed record Accepted(JsonNode Value, string Display) : AnswerParseResult;

    public sealed record Rejected(string Problem) : AnswerParseResult;

    internal static AnswerParseResult Accept(JsonNode value, string display) => new Accepted(value, display);

    internal static AnswerParseResult Reject(string problem) => new Rejected(problem);
}
