using System.Text.Json;

namespace TraineeBot.BotFramework.Schema;

public static class ActivityExtensions
{
    /// <summary>The mention entities of a message.</summary>
    public static IEnumerable<Mention> GetMentions(this Activity activity)
    {
        if (activity.Entities is null)
        {
            yield break;
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? id = null, name = null;
            if (entity.Get("mentioned") is { ValueKind: JsonValueKind.Object } mentioned)
            {
                id = mentioned.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                name = mentioned.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            }

            yield return new Mention(id, name, entity.GetString("text"));
        }
    }

    /// <summary>
    /// The message text with the bot's own @mention removed and trimmed, as botbuilder's
    /// <c>RemoveRecipientMention</c> does: every mention of <c>recipient.id</c> loses its <c>text</c>
    /// (or <c>&lt;at&gt;name&lt;/at&gt;</c>), ignoring case.
    /// </summary>
    public static string TextWithoutBotMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (botId is not null)
        {
            foreach (var mention in activity.GetMentions())
            {
                if (!string.Equals(mention.MentionedId, botId, StringComparison.Ordinal))
                {
                    continue;
                }

                var tag = mention.Text ?? (mention.MentionedName is null ? null : $"<at>{mention.MentionedName}</at>");
                if (!string.IsNullOrEmpty(tag))
                {
                    text = text.Replace(tag, string.Empty, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return text.Trim();
    }

    /// <summary>The client's locale from the <c>clientInfo</c> entity, falling back to <c>activity.locale</c>.</summary>
    public static string? GetClientLocale(this Activity activity)
    {
        var fromEntity = activity.Entities?
            .FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))?
            .GetString("locale");
        return string.IsNullOrWhiteSpace(fromEntity) ? activity.Locale : fromEntity;
    }
}
