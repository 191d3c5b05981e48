using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Dialogs;

/// <summary>
/// Turns the engine's outputs into what the user sees: a plain message for a question to type an answer to, a card
/// with buttons for a question with options, a card with inputs for a form, and a card for the summary.
/// </summary>
public static class DialogCards
{
    public const string Question = "dialog-question";
    public const string Form = "dialog-form";
    public const string Summary = "dialog-summary";

    /// <summary>Teams shows at most six actions on a card; more options are offered as a list to pick from.</summary>
    private const int MaxButtons = 6;

    /// <param name="runId">The run asking; a question card's buttons carry it, so an answer from an old card is recognised.</param>
    public static Activity Render(ICardRenderer cards, DialogOutput output, Activity inbound, string language, Guid? runId = null)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(inbound);
        return output switch
        {
            DialogOutput.AskStep ask when ask.Kind == StepKind.Form || (ask.OfferButtons && AllOptions(ask).Count > MaxButtons) =>
                CardReply(inbound, Form, cards.Render(Form, FormData(ask, language))),
            DialogOutput.AskStep ask when ask.OfferButtons && AllOptions(ask).Count > 0 =>
                CardReply(inbound, Question, cards.Render(Question, QuestionData(ask, language, runId))),
            DialogOutput.AskStep ask => TextReply(inbound, QuestionText(ask)),
            DialogOutput.Summary summary => CardReply(inbound, Summary, cards.Render(Summary, SummaryData(summary))),
            DialogOutput.Notice notice => TextReply(inbound, notice.Text),
            DialogOutput.Cancelled cancelled => TextReply(inbound, cancelled.Message),
            _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "Completed is handled by end actions, not rendered."),
        };
    }

    internal static string QuestionText(DialogOutput.AskStep ask)
    {
        var parts = new List<string>();
        if (ask.Problem is not null)
        {
            parts.Add(ask.Problem);
        }

        parts.Add($"_{ask.DialogTitle} · {ask.Progress}_");
        parts.Add($"**{ask.Prompt}**");
        if (ask.CurrentAnswer is not null)
        {
            parts.Add(ask.CurrentAnswer);
        }

        if (ask.Options.Count > 0)
        {
            parts.Add(string.Join('\n', ask.Options.Select((o, i) => $"{i + 1}. {o.Label}")));
        }

        if (ask.Example is not null)
        {
            parts.Add(ask.Example);
        }

        return string.Join("\n\n", parts);
    }

    private static List<AnswerOption> AllOptions(DialogOutput.AskStep ask) =>
        ask.Keep is null ? [.. ask.Options] : [.. ask.Options, ask.Keep];

    private static JsonObject QuestionData(DialogOutput.AskStep ask, string language, Guid? runId)
    {
        var data = Header(ask.DialogTitle, ask.Progress, ask.Prompt, ask.Problem);
        data["runId"] = runId?.ToString() ?? string.Empty;
        data["hint"] = BotTexts.Get(language, TextKey.DialogButtonsHint);
        if (ask.CurrentAnswer is not null)
        {
            data["currentAnswer"] = ask.CurrentAnswer;
        }

        data["options"] = new JsonArray([.. AllOptions(ask).Select(Option)]);
        return data;
    }

    private static JsonObject FormData(DialogOutput.AskStep ask, string language)
    {
        var data = Header(ask.DialogTitle, ask.Progress, ask.Prompt, ask.Problem);
        data["dialogId"] = ask.DialogId;
        data["submit"] = BotTexts.Get(language, TextKey.DialogSubmit);
        data["fields"] = new JsonArray([.. ask.Fields.Select(field => (JsonNode)Field(field, language))]);
        return data;
    }

    private static JsonObject Field(AskField field, string language)
    {
        var json = new JsonObject
        {
            ["id"] = field.Id,
            ["kind"] = field.Kind switch
            {
                StepKind.Text => "text",
                StepKind.Date => "date",
                StepKind.Number => "number",
                _ => "choice",
            },
            ["label"] = field.Label,
            ["value"] = field.Value ?? string.Empty,
            ["required"] = field.Required,
            ["requiredMessage"] = BotTexts.Get(language, TextKey.DialogRequired),
            ["multiple"] = field.Multiple,
            ["options"] = new JsonArray([.. field.Options.Select(Option)]),
        };
        if (field.Problem is not null)
        {
            json["problem"] = field.Problem;
        }

        return json;
    }

    private static JsonObject SummaryData(DialogOutput.Summary summary)
    {
        var data = Header(summary.DialogTitle, string.Empty, summary.Prompt, summary.Problem);
        data["instructions"] = summary.Instructions;
        data["send"] = Option(summary.Send);
        data["lines"] = new JsonArray([.. summary.Lines.Select(line => (JsonNode)new JsonObject
        {
            ["number"] = line.Number,
            ["question"] = line.Question,
            ["answer"] = line.Answer,
        })]);
        return data;
    }

    private static JsonObject Header(string title, string progress, string prompt, string? problem)
    {
        var data = new JsonObject { ["title"] = title, ["progress"] = progress, ["prompt"] = prompt };
        if (problem is not null)
        {
            data["problem"] = problem;
        }

        return data;
    }

    private static JsonNode Option(AnswerOption option) => new JsonObject { ["value"] = option.Value, ["label"] = option.Label };

    private static Activity CardReply(Activity inbound, string templateName, JsonObject card)
    {
        var reply = inbound.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card, templateName)];
        return reply;
    }

    private static Activity TextReply(Activity inbound, string text)
    {
        var reply = inbound.CreateReply(text);
        reply.TextFormat = "markdown";
        return reply;
    }
}
