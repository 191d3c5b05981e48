namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// The <see cref="BotAuthenticationResult.FailureReason"/> texts. They are for logs, say what failed and never carry
/// anything read from the token.
/// </summary>
internal static class BotAuthenticationFailures
{
    public const string MissingAuthorizationHeader = "no Authorization header";
    public const string NotBearer = "the Authorization header is not a Bearer token";
    public const string MalformedToken = "the token is not a well-formed JWT";
    public const string AlgorithmNotAllowed = "the token's algorithm is not RS256, RS384 or RS512";
    public const string MissingKeyId = "the token names no signing key (kid)";
    public const string MissingLifetime = "the token lacks nbf or exp";
    public const string UntrustedIssuer = "the token's issuer is not trusted";
    public const string SigningKeysUnavailable = "the signing keys could not be fetched";
    public const string UnknownSigningKey = "the token's signing key is not in the published keys";
    public const string InvalidSignature = "the token's signature is invalid";
    public const string Expired = "the token has expired";
    public const string NotYetValid = "the token is not yet valid";
    public const string InvalidLifetime = "the token's nbf is not before its exp";
    public const string WrongAudience = "the token is not for this bot (audience)";
    public const string NotEndorsed = "the signing key is not endorsed for the activity's channel";
    public const string MissingServiceUrl = "the token has no serviceurl claim";
    public const string ServiceUrlMismatch = "the token's serviceurl claim does not match the activity";
    public const string UntrustedServiceUrl = "the token has no serviceurl claim and the activity's serviceUrl is not a channel host";
    public const string Rejected = "the token was rejected";
}
