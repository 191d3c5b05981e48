using Microsoft.Extensions.Logging;

namespace TraineeBot.Graph;

/// <summary>Log messages of the Graph layer. They name users by object id only: never names, addresses or queries.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Installed the Teams app for user {AadObjectId}")]
    public static partial void AppInstalled(ILogger logger, string aadObjectId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "The Teams app was already installed for user {AadObjectId}")]
    public static partial void AppAlreadyInstalled(ILogger logger, string aadObjectId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "The directory has no user {AadObjectId}; the Teams app was not installed")]
    public static partial void InstallUserNotFound(ILogger logger, string aadObjectId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning,
        Message = "Graph refused to {Step} for user {AadObjectId} (403 {ErrorCode}); the app registration needs {Permission}")]
    public static partial void InstallForbidden(ILogger logger, string step, string aadObjectId, string? errorCode, string permission);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Could not {Step} for user {AadObjectId} (status {Status} {ErrorCode})")]
    public static partial void InstallFailed(ILogger logger, string step, string aadObjectId, int? status, string? errorCode, Exception? exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "The Teams app is {Outcome} for user {AadObjectId} but Graph shows no {Missing}")]
    public static partial void InstallIncomplete(ILogger logger, string outcome, string aadObjectId, string missing);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "Directory lookup by {LookupKind} found {Count} users")]
    public static partial void LookupDone(ILogger logger, string lookupKind, int count);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Directory lookup by {LookupKind} failed (status {Status} {ErrorCode})")]
    public static partial void LookupFailed(ILogger logger, string lookupKind, int? status, string? errorCode, Exception? exception);
}
