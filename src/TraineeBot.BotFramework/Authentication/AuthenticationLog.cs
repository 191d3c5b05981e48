using Microsoft.Extensions.Logging;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>Log messages of the authentication layer. None of them carries token contents or secrets.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Rejected a bot request: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Signing keys from {MetadataAddress} are unavailable")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataAddress, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "A token names a signing key that is not among the cached keys from {MetadataAddress}; refreshing them")]
    public static partial void SigningKeyNotCached(ILogger logger, string metadataAddress);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataAddress}")]
    public static partial void SigningKeysFetched(ILogger logger, int keyCount, string metadataAddress);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Fetching signing keys from {MetadataAddress} failed")]
    public static partial void SigningKeysFetchFailed(ILogger logger, string metadataAddress, Exception exception);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "Acquired a connector token that expires at {ExpiresOn}")]
    public static partial void ConnectorTokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning,
        Message = "Refreshing the connector token failed; the cached one is still used until it expires at {ExpiresOn}")]
    public static partial void ConnectorTokenRefreshFailed(ILogger logger, DateTimeOffset expiresOn, Exception exception);
}
