namespace TraineeBot.BotFramework.Connector;

/// <summary>
/// Which serviceUrls the bot may send to. With authentication on, only a serviceUrl that arrived on an authenticated
/// activity (or was stored from one earlier) is trusted, so a forged activity cannot make the bot send its token
/// elsewhere. In local mode only loopback addresses are allowed (Agents Playground, tests).
/// </summary>
public interface IServiceUrlPolicy
{
    bool IsAllowed(Uri serviceUrl);

    /// <summary>Remember a serviceUrl that came in on an authenticated activity (or was stored from one).</summary>
    void Trust(Uri serviceUrl);
}
