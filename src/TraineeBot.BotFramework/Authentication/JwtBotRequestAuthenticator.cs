using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TraineeBot.BotFramework.Schema;
using static TraineeBot.BotFramework.Authentication.BotAuthenticationFailures;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token the Bot Connector sends with each activity, as the Bot Framework authentication
/// protocol requires. The token's (unverified) issuer picks one of two paths:
/// <list type="bullet">
/// <item>Bot Framework channel tokens (<c>iss</c> https://api.botframework.com): keys from the Bot Framework OpenID
/// metadata; the signing key must be endorsed for the activity's channel and the <c>serviceurl</c> claim is required.</item>
/// <item>Entra-issued tokens (Emulator, and channels migrated to Entra ID tokens) from the Bot Service tenants or the
/// bot's own tenant: keys from the Entra OpenID metadata of the configured tenant, or of <c>common</c> when none is
/// configured (Entra publishes the same signing keys for every tenant). A <c>serviceurl</c> claim, if present, must match;
/// without one, the activity's serviceUrl must be https on a channel host (<see cref="BotAuthenticationOptions.ChannelServiceUrlHosts"/>).</item>
/// </list>
/// On both paths the audience must be the app id (or <c>api://</c>app id), <c>nbf</c> and <c>exp</c> must be present and
/// hold with a 5-minute clock skew, and the signature must be RS256/RS384/RS512 by a key from the metadata. Keys are
/// cached per metadata address and refetched once when a token names an unknown key id. Register as a singleton.
/// </summary>
public sealed class JwtBotRequestAuthenticator : IBotRequestAuthenticator
{
    public const string AuthenticationType = "BotFramework";
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TrustedIssuers _botFramework;
    private readonly TrustedIssuers _entra;
    private readonly string[] _audiences;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly BotAuthenticationOptions _settings;

    public JwtBotRequestAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<JwtBotRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var settings = options.Value;
        if (settings.IsLocalMode)
        {
            throw new ArgumentException("MicrosoftAppId is required to validate tokens.", nameof(options));
        }

        _timeProvider = timeProvider;
        _logger = logger;
        _settings = settings;
        _audiences = [settings.MicrosoftAppId!, $"api://{settings.MicrosoftAppId}"];

        var documents = new HttpClientFactoryDocumentRetriever(
            httpClientFactory, BotAuthenticationHttpClients.Metadata, settings.RequireHttpsMetadata);
        _botFramework = new TrustedIssuers(
            new SigningKeyCache(settings.BotFrameworkOpenIdMetadataUrl.AbsoluteUri, documents, settings, timeProvider, logger),
            BotTokenIssuers.BotFrameworkOnly,
            IsChannelService: true);
        _entra = new TrustedIssuers(
            new SigningKeyCache(EntraMetadataAddress(settings), documents, settings, timeProvider, logger),
            BotTokenIssuers.Entra(settings.MicrosoftAppTenantId),
            IsChannelService: false);
    }

    public async ValueTask<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await ValidateAsync(authorizationHeader, activity, cancellationToken);
        if (!result.Succeeded)
        {
            AuthenticationLog.RequestRejected(_logger, result.FailureReason!);
        }

        return result;
    }

    internal static string EntraMetadataAddress(BotAuthenticationOptions options) =>
        options.EntraOpenIdMetadataUrlTemplate.Replace(
            "{tenant}", string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? "common" : options.MicrosoftAppTenantId.Trim(),
            StringComparison.Ordinal);

    private async Task<BotAuthenticationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotAuthenticationResult.Fail(MissingAuthorizationHeader);
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Fail(NotBearer);
        }

        if (ReadToken(authorizationHeader[BearerPrefix.Length..].Trim()) is not { } token)
        {
            return BotAuthenticationResult.Fail(MalformedToken);
        }

        if (CheckShape(token) is { } shapeFailure)
        {
            return BotAuthenticationResult.Fail(shapeFailure);
        }

        var issuers = _botFramework.Issuers.Contains(token.Issuer) ? _botFramework
            : _entra.Issuers.Contains(token.Issuer) ? _entra
            : null;
        if (issuers is null)
        {
            return BotAuthenticationResult.Fail(UntrustedIssuer);
        }

        if (await issuers.Keys.GetKeysAsync(cancellationToken) is not { } keys)
        {
            return BotAuthenticationResult.Fail(SigningKeysUnavailable);
        }

        if (await FindSigningKeyAsync(issuers.Keys, keys, token.Kid, cancellationToken) is not { } signingKey)
        {
            return BotAuthenticationResult.Fail(UnknownSigningKey);
        }

        var validation = await _handler.ValidateTokenAsync(token, ValidationParameters(issuers.Issuers, signingKey.Key));
        if (!validation.IsValid)
        {
            return BotAuthenticationResult.Fail(Describe(validation.Exception));
        }

        if ((CheckLifetime(token) ?? CheckChannel(token, signingKey, activity, issuers.IsChannelService)) is { } failure)
        {
            return BotAuthenticationResult.Fail(failure);
        }

        return BotAuthenticationResult.Success(validation.ClaimsIdentity);
    }

    private JsonWebToken? ReadToken(string rawToken)
    {
        if (!_handler.CanReadToken(rawToken))
        {
            return null;
        }

        try
        {
            return _handler.ReadJsonWebToken(rawToken);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Checks that need no key, so tokens that cannot pass never cost a metadata lookup.</summary>
    private static string? CheckShape(JsonWebToken token)
    {
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AlgorithmNotAllowed;
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return MissingKeyId;
        }

        return token.TryGetClaim(JwtRegisteredClaimNames.Nbf, out _) && token.TryGetClaim(JwtRegisteredClaimNames.Exp, out _)
            ? null
            : MissingLifetime;
    }

    /// <summary>The key the token names: from the cached keys, else after one forced refresh (it may have just been rotated in).</summary>
    private static async Task<BotSigningKey?> FindSigningKeyAsync(
        SigningKeyCache cache, BotSigningKeys cached, string keyId, CancellationToken cancellationToken)
    {
        if (cached.TryGetKey(keyId, out var key))
        {
            return key;
        }

        var refreshed = await cache.RefreshAsync(cached, cancellationToken);
        return refreshed is not null && refreshed.TryGetKey(keyId, out key) ? key : null;
    }

    private TokenValidationParameters ValidationParameters(IEnumerable<string> issuers, SecurityKey signingKey) => new()
    {
        ValidIssuers = issuers,
        ValidAudiences = _audiences,
        IssuerSigningKey = signingKey,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        // Lifetime is checked in CheckLifetime against the injected TimeProvider (the handler's own is not settable).
        ValidateLifetime = false,
        AuthenticationType = AuthenticationType,
    };

    private string? CheckLifetime(JsonWebToken token)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (token.ValidFrom >= token.ValidTo)
        {
            return InvalidLifetime;
        }

        if (token.ValidFrom > now + ClockSkew)
        {
            return NotYetValid;
        }

        return token.ValidTo < now - ClockSkew ? Expired : null;
    }

    /// <summary>The Bot Framework's own checks, after the signature has been verified.</summary>
    private string? CheckChannel(JsonWebToken token, BotSigningKey signingKey, Activity activity, bool isChannelService)
    {
        if (isChannelService && !string.IsNullOrEmpty(activity.ChannelId) && !signingKey.Endorsements.Contains(activity.ChannelId))
        {
            return NotEndorsed;
        }

        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        if (!token.TryGetClaim(ServiceUrlClaim, out var serviceUrl))
        {
            return isChannelService ? MissingServiceUrl : _settings.IsChannelServiceUrl(activity.ServiceUrl) ? null : UntrustedServiceUrl;
        }

        return string.Equals(serviceUrl.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase) ? null : ServiceUrlMismatch;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => WrongAudience,
        SecurityTokenInvalidIssuerException => UntrustedIssuer,
        SecurityTokenInvalidAlgorithmException => AlgorithmNotAllowed,
        SecurityTokenInvalidSignatureException => InvalidSignature,
        _ => Rejected,
    };

    /// <summary>One validation path: where its keys come from, which issuers it accepts, whether it is the channel service's.</summary>
    private sealed record TrustedIssuers(SigningKeyCache Keys, FrozenSet<string> Issuers, bool IsChannelService);
}
