namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Supplies the bearer token the bot sends to the Bot Connector (scope <c>https://api.botframework.com/.default</c>).
/// Returns null in local mode, when no token is sent.
/// </summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
