using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Keeps the connector token until <see cref="RefreshMargin"/> before it expires, then fetches a new one. One refresh
/// runs at a time and callers that arrive meanwhile get its result. If a refresh fails while the old token is still
/// valid, the old token is used (and the next call tries again).
/// </summary>
internal sealed class CachingConnectorTokenProvider(
    IAccessTokenSource source, TimeProvider timeProvider, ILogger<CachingConnectorTokenProvider> logger)
    : IConnectorTokenProvider, IDisposable
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private ConnectorAccessToken? _token;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _token);
        if (IsFresh(token))
        {
            return token.Value;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            token = _token;
            if (IsFresh(token))
            {
                return token.Value; // refreshed by the caller we waited for
            }

            try
            {
                token = await source.AcquireTokenAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && IsUnexpired(token))
            {
                AuthenticationLog.ConnectorTokenRefreshFailed(logger, token.ExpiresOn, exception);
                return token.Value;
            }

            AuthenticationLog.ConnectorTokenAcquired(logger, token.ExpiresOn);
            Volatile.Write(ref _token, token);
            return token.Value;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private bool IsFresh([NotNullWhen(true)] ConnectorAccessToken? token) =>
        token is not null && timeProvider.GetUtcNow() < token.ExpiresOn - RefreshMargin;

    private bool IsUnexpired([NotNullWhen(true)] ConnectorAccessToken? token) =>
        token is not null && timeProvider.GetUtcNow() < token.ExpiresOn;
}
