using Microsoft.Extensions.Logging;

namespace TraineeBot.BotFramework.Hosting;

internal static partial class BotLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Turn for activity {ActivityId} ({ActivityType}) in conversation {ConversationId} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType, string? conversationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "The error handler failed too for activity {ActivityId}")]
    public static partial void ErrorHandlerFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Activity {ActivityId} ({ActivityType}) was already handled; ignored")]
    public static partial void Duplicate(ILogger logger, string? activityId, string? activityType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Activity {ActivityId} acknowledged after {Budget} while its turn goes on")]
    public static partial void AcknowledgedEarly(ILogger logger, string? activityId, TimeSpan budget);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Rejected request: {Status} {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Unauthenticated request for activity {ActivityId} refused: {Reason}")]
    public static partial void Unauthenticated(ILogger logger, string? activityId, string? reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "Activity {ActivityId} of type {ActivityType} received")]
    public static partial void Received(ILogger logger, string? activityId, string? activityType);
}
