using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// The signing keys published behind one OpenID metadata address. A <see cref="ConfigurationManager{T}"/> caches them and
/// refreshes them on its own schedule; <see cref="RefreshAsync"/> forces a refresh when a token names a key id the cache
/// does not hold, which is how a key rotation shows up.
/// </summary>
internal sealed class SigningKeyCache
{
    /// <summary>How long a request waits for a forced refresh; the Bot Connector gives the bot about 15 s to answer.</summary>
    internal static readonly TimeSpan ForcedRefreshTimeout = TimeSpan.FromSeconds(10);

    private readonly ConfigurationManager<BotSigningKeys> _manager;
    private readonly BotSigningKeysRetriever _retriever;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _minimumRefreshInterval;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private Task<BotSigningKeys?>? _forcedRefresh;
    private DateTimeOffset _lastForcedRefresh;

    public SigningKeyCache(
        string metadataAddress, IDocumentRetriever documentRetriever, BotAuthenticationOptions options, TimeProvider timeProvider, ILogger logger)
    {
        MetadataAddress = metadataAddress;
        _retriever = new BotSigningKeysRetriever(logger);
        _manager = new ConfigurationManager<BotSigningKeys>(metadataAddress, _retriever, documentRetriever)
        {
            AutomaticRefreshInterval = options.MetadataAutomaticRefreshInterval,
            RefreshInterval = options.MetadataMinimumRefreshInterval,
        };
        _minimumRefreshInterval = options.MetadataMinimumRefreshInterval;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public string MetadataAddress { get; }

    /// <summary>
    /// The cached keys, fetched on first use and again once the automatic refresh interval has passed; null when they
    /// have never been fetched successfully (ConfigurationManager then retries with a backoff).
    /// </summary>
    public async Task<BotSigningKeys?> GetKeysAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _manager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            AuthenticationLog.SigningKeysUnavailable(_logger, MetadataAddress, exception);
            return null;
        }
    }

    /// <summary>
    /// Refetches the keys because a token named a key id missing from <paramref name="stale"/>, and returns them (null if
    /// the fetch failed). At most one forced refresh runs per minimum refresh interval, so tokens with made-up key ids
    /// cannot make the bot hammer the metadata endpoint: callers within that interval share the latest refresh and its
    /// keys, which also covers requests that read the cache just before the refreshed keys were stored.
    /// </summary>
    public async Task<BotSigningKeys?> RefreshAsync(BotSigningKeys stale, CancellationToken cancellationToken)
    {
        Task<BotSigningKeys?> refresh;
        lock (_gate)
        {
            if (_forcedRefresh is null
                || (_forcedRefresh.IsCompleted && _timeProvider.GetUtcNow() - _lastForcedRefresh >= _minimumRefreshInterval))
            {
                AuthenticationLog.SigningKeyNotCached(_logger, MetadataAddress);
                _forcedRefresh = ForceRefreshAsync(stale);
                // Read the clock after RequestRefresh() has run (synchronously, inside ForceRefreshAsync), so this throttle
                // never lets a refresh through that ConfigurationManager's own throttle, by the same interval, would ignore.
                _lastForcedRefresh = _timeProvider.GetUtcNow();
            }

            refresh = _forcedRefresh;
        }

        return await refresh.WaitAsync(cancellationToken);
    }

    private async Task<BotSigningKeys?> ForceRefreshAsync(BotSigningKeys stale)
    {
        // Microsoft.IdentityModel 8.x runs the refresh that RequestRefresh() asks for in the background, so reading the
        // configuration right after it still returns the stale keys. (With the UpdateConfigAsBlocking app switch the next
        // read fetches inline instead.) Both cases are covered: read once, and if the keys are unchanged, wait for the
        // retrieval to finish. Subscribe before asking so a fast retrieval is not missed.
        var retrieval = _retriever.NextRetrievalAsync();
        _manager.RequestRefresh();
        try
        {
            var current = await _manager.GetConfigurationAsync(CancellationToken.None);
            return ReferenceEquals(current, stale)
                ? await retrieval.WaitAsync(ForcedRefreshTimeout, _timeProvider)
                : current;
        }
        catch (TimeoutException exception)
        {
            AuthenticationLog.SigningKeysUnavailable(_logger, MetadataAddress, exception);
            return null;
        }
    }
}
