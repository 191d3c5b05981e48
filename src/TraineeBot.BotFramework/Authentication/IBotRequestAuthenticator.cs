using System.Security.Claims;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>Decides whether an inbound activity really comes from the Bot Connector for this bot.</summary>
public interface IBotRequestAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null.</param>
    /// <param name="activity">The parsed activity (its channelId and serviceUrl take part in the checks).</param>
    ValueTask<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The outcome of authenticating a request. <see cref="FailureReason"/> is for logs only, never for the caller.</summary>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(true, identity, null);
    public static BotAuthenticationResult Fail(string reason) => new(false, null, reason);

    /// <summary>Local mode: nothing was checked.</summary>
    public static BotAuthenticationResult Anonymous() => new(true, new ClaimsIdentity(), null);

    public bool IsAnonymous => Succeeded && Identity is { IsAuthenticated: false };
}
