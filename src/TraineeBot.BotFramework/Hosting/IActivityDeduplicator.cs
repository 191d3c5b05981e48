namespace TraineeBot.BotFramework.Hosting;

/// <summary>
/// Remembers which activities were already taken for processing, so a redelivered activity (same channel,
/// conversation and activity id within the window) is handled once.
/// </summary>
public interface IActivityDeduplicator
{
    /// <returns>True when this activity is new and now claimed; false when it was seen before.</returns>
    ValueTask<bool> TryClaimAsync(ActivityKey key, CancellationToken cancellationToken);
}

/// <summary>Identifies one delivery of an activity.</summary>
public readonly record struct ActivityKey(string ChannelId, string ConversationId, string ActivityId)
{
    public override string ToString() => $"{ChannelId}|{ConversationId}|{ActivityId}";
}
