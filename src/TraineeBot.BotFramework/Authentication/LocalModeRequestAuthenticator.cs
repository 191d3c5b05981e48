using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Local mode (no MicrosoftAppId): every request is accepted as anonymous and no header is looked at. The host refuses
/// to start in this mode outside Development unless <c>Bot:AllowUnauthenticated=true</c>.
/// </summary>
public sealed class LocalModeRequestAuthenticator : IBotRequestAuthenticator
{
    public ValueTask<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BotAuthenticationResult.Anonymous());
}
