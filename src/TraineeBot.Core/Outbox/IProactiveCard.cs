using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Outbox;

/// <summary>
/// A feature that owns a card template sent by the outbox (<see cref="OutboxKinds.Card"/>, e.g. from a schedule):
/// it decides at delivery whether the card still goes out and renders it in the recipient's language, recording what
/// it needs (the occurrence the card answers).
/// </summary>
public interface IProactiveCard
{
    bool Handles(string template);

    /// <summary>The activities to send (none: nothing is sent, e.g. the placement has ended).</summary>
    Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, string template, JsonObject data, CancellationToken cancellationToken);
}
