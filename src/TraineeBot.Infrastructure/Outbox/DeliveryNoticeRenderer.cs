using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary><see cref="OutboxKinds.DeliveryNotice"/>: the coordinator's list of messages that did not get through, and why.</summary>
internal sealed class DeliveryNoticeRenderer(TraineeBotDbContext db) : IOutboxPayloadRenderer
{
    public string Kind => OutboxKinds.DeliveryNotice;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = JsonNode.Parse(delivery.Message.PayloadJson) as JsonObject;
        var ids = (payload?["messages"] as JsonArray ?? [])
            .Select(n => Guid.TryParse(n?.ToString(), out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Join(db.Users, m => m.RecipientUserId, u => u.Id, (m, u) => new { m.Status, m.Kind, m.ScheduleDefinitionId, m.DueUtc, u.Name })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            throw new OutboxPayloadException($"Delivery notice {delivery.Message.Id} lists no messages that still exist.");
        }

        var language = delivery.Recipient.Language;
        var culture = BotTexts.Culture(language);
        var text = new StringBuilder(BotTexts.Get(language, TextKey.DeliveryNoticeHeading)).Append("\n\n");
        foreach (var row in rows.OrderBy(r => r.DueUtc))
        {
            var reason = row.Status switch
            {
                OutboxStatus.Expired => TextKey.DeliveryNoticeExpired,
                OutboxStatus.Unreachable => TextKey.DeliveryNoticeUnreachable,
                _ => TextKey.DeliveryNoticeFailed,
            };
            var due = StockholmTime.ToLocal(row.DueUtc).ToString("d MMM HH:mm", culture);
            text.Append("- ").Append(BotTexts.Get(language, TextKey.DeliveryNoticeLine,
                row.Name ?? "?", row.ScheduleDefinitionId ?? row.Kind, due, BotTexts.Get(language, reason))).Append('\n');
        }

        var reply = delivery.Continuation.CreateReply(text.ToString().TrimEnd());
        reply.ReplyToId = null;
        reply.TextFormat = "markdown";
        return [reply];
    }
}
