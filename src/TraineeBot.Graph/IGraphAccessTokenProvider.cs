namespace TraineeBot.Graph;

/// <summary>
/// Hands out an app-only access token for Microsoft Graph. The seam between Azure.Identity and the Graph client, so
/// that tests can use a fixed token and never talk to Entra ID. Register one before <c>AddGraph</c> to replace it.
/// </summary>
public interface IGraphAccessTokenProvider
{
    /// <summary>A valid token (implementations cache it and renew it before it expires).</summary>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
