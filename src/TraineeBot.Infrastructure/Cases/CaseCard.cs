using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;

namespace TraineeBot.Infrastructure.Cases;

/// <summary>
/// The data of the coordinator's case card (<c>cards/case-coordinator.json</c>), every text in the coordinator's
/// language: the conversation so far, and while the case is open a reply box with "Svara" and "Markera som löst".
/// Names, messages and detail lines (answers, reasons: user text in plain .resx lines) are markdown-escaped for their
/// TextBlocks; the reply placeholder is plain text and is not.
/// </summary>
internal static class CaseCard
{
    public const string Template = "case-coordinator";

    /// <summary>Teams takes cards up to 28 KB: the card shows the newest messages up to this many characters (the case keeps all).</summary>
    private const int MaxHistoryLength = 16_000;

    private const int MaxMessageLength = 8_000;

    /// <summary>The newest messages that fit in the card, oldest first; the first message (what was asked) always.</summary>
    private static List<CaseMessage> Shown(List<CaseMessage> messages)
    {
        var shown = new List<CaseMessage>();
        var length = 0;
        for (var i = messages.Count - 1; i >= 1; i--)
        {
            length += Math.Min(messages[i].Text.Length, MaxMessageLength);
            if (length > MaxHistoryLength)
            {
                break;
            }

            shown.Insert(0, messages[i]);
        }

        if (messages.Count > 0)
        {
            shown.Insert(0, messages[0]);
        }

        return shown;
    }

    /// <param name="details">Lines for the card (a check-in's answers, a flag's reasons), shown under the title.</param>
    /// <param name="coordinatorNames">Coordinator id → name, for the replies in the history.</param>
    /// <param name="escalatedFrom">For the backup's card: the name of the coordinator who did not answer.</param>
    public static JsonObject Data(
        Case @case,
        Trainee trainee,
        string language,
        IReadOnlyList<string>? details,
        IReadOnlyDictionary<Guid, string> authorNames,
        string? escalatedFrom = null)
    {
        var culture = BotTexts.Culture(language);
        string When(DateTimeOffset instant) => StockholmTime.ToLocal(instant).ToString("d MMMM HH:mm", culture);
        var messages = @case.Messages.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToList();
        var history = new JsonArray();
        foreach (var message in Shown(messages))
        {
            var who = message.Author switch
            {
                CaseAuthor.Trainee => MarkdownText.Escape(trainee.Name),
                CaseAuthor.Bot => CaseTexts.Get(language, "CaseCardBot"),
                _ => message.AuthorUserId is { } id && authorNames.TryGetValue(id, out var name) ? MarkdownText.Escape(name) : "?",
            };
            history.Add(new JsonObject
            {
                ["who"] = who,
                ["when"] = When(message.CreatedUtc),
                ["text"] = MarkdownText.Escape(message.Text.Length > MaxMessageLength ? message.Text[..MaxMessageLength] + " …" : message.Text),
            });
        }

        var open = @case.Status == CaseStatus.Open;
        return new JsonObject
        {
            ["caseId"] = @case.Id.ToString(),
            ["traineeId"] = trainee.Id.ToString(),
            ["kind"] = @case.Kind.ToString(),
            ["title"] = CaseTexts.Get(language, "CaseCardTitle" + @case.Kind, MarkdownText.Escape(trainee.Name)),
            ["openedLabel"] = CaseTexts.Get(language, "CaseCardOpened", When(@case.OpenedUtc)),
            ["message"] = MarkdownText.Escape(messages.FirstOrDefault()?.Text),
            ["details"] = new JsonArray([.. (details ?? []).Select(d => (JsonNode?)JsonValue.Create(MarkdownText.Escape(d)))]),
            ["hasDetails"] = details is { Count: > 0 },
            ["history"] = history,
            ["escalatedLabel"] = escalatedFrom is null ? string.Empty : CaseTexts.Get(language, "CaseCardEscalated", MarkdownText.Escape(escalatedFrom)),
            ["isEscalatedCard"] = escalatedFrom is not null,
            ["isOpen"] = open,
            ["replyPlaceholder"] = CaseTexts.Get(language, "CaseCardReplyPlaceholder", trainee.Name),
            ["replyButton"] = CaseTexts.Get(language, "CaseCardReplyButton"),
            ["resolveButton"] = CaseTexts.Get(language, "CaseCardResolveButton"),
            ["resolvedLabel"] = @case.ResolvedUtc is { } resolved ? CaseTexts.Get(language, "CaseCardResolved", When(resolved)) : string.Empty,
        };
    }
}
