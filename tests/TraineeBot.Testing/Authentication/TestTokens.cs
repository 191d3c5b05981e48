using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TraineeBot.BotFramework.Authentication;

namespace TraineeBot.Testing.Authentication;

/// <summary>Mints tokens like the ones the Bot Connector sends; each test changes only what it is about.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>
    /// A valid Bot Framework channel token for <see cref="TestBot"/>, valid from 1 minute before until 59 minutes after
    /// <paramref name="now"/> (default <see cref="TestBot.Now"/>).
    /// </summary>
    public static SecurityTokenDescriptor ChannelToken(TestSigningKey key, DateTimeOffset? now = null) => new()
    {
        Issuer = BotTokenIssuers.BotFramework,
        Audience = TestBot.AppId,
        IssuedAt = (now ?? TestBot.Now).AddMinutes(-1).UtcDateTime,
        NotBefore = (now ?? TestBot.Now).AddMinutes(-1).UtcDateTime,
        Expires = (now ?? TestBot.Now).AddMinutes(59).UtcDateTime,
        Claims = new Dictionary<string, object> { ["serviceurl"] = TestBot.ServiceUrl },
        SigningCredentials = key.Credentials(),
    };

    /// <summary>A valid Entra-issued token from <paramref name="issuer"/> (a v1 or v2 issuer), without a serviceurl claim.</summary>
    public static SecurityTokenDescriptor EntraToken(TestSigningKey key, string issuer) => new()
    {
        Issuer = issuer,
        Audience = TestBot.AppId,
        IssuedAt = TestBot.Now.AddMinutes(-1).UtcDateTime,
        NotBefore = TestBot.Now.AddMinutes(-1).UtcDateTime,
        Expires = TestBot.Now.AddMinutes(59).UtcDateTime,
        Claims = new Dictionary<string, object> { ["azp"] = Guid.NewGuid().ToString(), ["ver"] = "2.0" },
        SigningCredentials = key.Credentials(),
    };

    public static string Mint(SecurityTokenDescriptor descriptor) => Handler.CreateToken(descriptor);

    public static string Mint(SecurityTokenDescriptor descriptor, Action<SecurityTokenDescriptor> change)
    {
        change(descriptor);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>The claims of a valid token under an <c>alg: none</c> header naming a published key id, and no signature.</summary>
    public static string Unsigned(string keyId)
    {
        var payload = Mint(ChannelToken(TestKeys.Teams)).Split('.')[1];
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{keyId}}"}"""));
        return $"{header}.{payload}.";
    }
}
