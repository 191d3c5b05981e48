namespace TraineeBot.Infrastructure.Persistence;

/// <summary>An activity taken for processing; a redelivery with the same key inside the window is ignored.</summary>
public sealed class ProcessedActivity
{
    /// <summary>channelId|conversationId|activityId.</summary>
    public required string Key { get; set; }

    public DateTimeOffset ProcessedUtc { get; set; }
}
