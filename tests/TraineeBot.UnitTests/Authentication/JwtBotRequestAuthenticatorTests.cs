using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;
using static TraineeBot.BotFramework.Authentication.BotAuthenticationFailures;
using static TraineeBot.Testing.Authentication.TestTokens;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

/// <summary>Bot Framework channel tokens (iss https://api.botframework.com): the accept/reject matrix.</summary>
public sealed class JwtBotRequestAuthenticatorTests : IAsyncLifetime
{
    private AuthenticationHarness _harness = null!;

    public async ValueTask InitializeAsync() => _harness = await AuthenticationHarness.StartAsync();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_claims()
    {
        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        var identity = Assert.IsAssignableFrom<ClaimsIdentity>(result.Identity);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal(JwtBotRequestAuthenticator.AuthenticationType, identity.AuthenticationType);
        Assert.Equal(BotTokenIssuers.BotFramework, identity.FindFirst("iss")?.Value);
        Assert.Equal(TestBot.AppId, identity.FindFirst("aud")?.Value);
        Assert.Equal(TestBot.ServiceUrl, identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task Audience_in_api_uri_form_is_accepted()
    {
        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams), t => t.Audience = $"api://{TestBot.AppId}"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Expired_token_beyond_the_clock_skew_is_rejected()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t =>
        {
            t.NotBefore = TestBot.Now.AddMinutes(-70).UtcDateTime;
            t.Expires = TestBot.Now.AddMinutes(-5).AddSeconds(-1).UtcDateTime;
        });

        await AssertRejectedAsync(token, Expired);
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t =>
        {
            t.NotBefore = TestBot.Now.AddMinutes(-70).UtcDateTime;
            t.Expires = TestBot.Now.AddMinutes(-4).UtcDateTime;
        });

        var result = await _harness.AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_not_yet_valid_beyond_the_clock_skew_is_rejected()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t => t.NotBefore = TestBot.Now.AddMinutes(5).AddSeconds(1).UtcDateTime);

        await AssertRejectedAsync(token, NotYetValid);
    }

    [Fact]
    public async Task Token_valid_from_within_the_clock_skew_is_accepted()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t => t.NotBefore = TestBot.Now.AddMinutes(4).UtcDateTime);

        var result = await _harness.AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_without_nbf_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Teams), t => t.NotBefore = null), MissingLifetime);
    }

    [Fact]
    public async Task Token_without_exp_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Teams), t => t.Expires = null), MissingLifetime);
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Teams), t => t.Audience = Guid.NewGuid().ToString()), WrongAudience);
    }

    [Fact]
    public async Task Token_from_an_unknown_issuer_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Teams), t => t.Issuer = "https://api.botframework.com.evil.example"), UntrustedIssuer);
        Assert.Equal(0, _harness.Server.BotFramework.MetadataRequests);
    }

    [Fact]
    public async Task Token_signed_by_a_key_never_published_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Unpublished)), UnknownSigningKey);
    }

    [Fact]
    public async Task Token_signed_by_another_key_with_a_published_key_id_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Impostor)), InvalidSignature);
    }

    [Fact]
    public async Task Channel_token_signed_by_an_Entra_key_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Entra)), UnknownSigningKey);
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_rejected()
    {
        await AssertRejectedAsync(Unsigned(TestKeys.Teams.KeyId), AlgorithmNotAllowed);
    }

    [Fact]
    public async Task HS256_token_is_rejected()
    {
        var hmacKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = TestKeys.Teams.KeyId };
        var token = Mint(ChannelToken(TestKeys.Teams), t => t.SigningCredentials = new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256));

        await AssertRejectedAsync(token, AlgorithmNotAllowed);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_tokens_are_accepted(string algorithm)
    {
        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.Teams), t => t.SigningCredentials = TestKeys.Teams.Credentials(algorithm)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Key_without_endorsements_is_rejected_for_msteams()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.NoEndorsements)), NotEndorsed);
    }

    [Fact]
    public async Task Key_endorsed_for_another_channel_only_is_rejected_for_msteams()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.WebChatOnly)), NotEndorsed);
    }

    [Fact]
    public async Task Key_endorsed_for_another_channel_is_accepted_for_that_channel()
    {
        var activity = TestBot.TeamsMessage();
        activity.ChannelId = "webchat";

        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.WebChatOnly)), activity);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Endorsements_are_not_required_when_the_activity_has_no_channel()
    {
        var activity = TestBot.TeamsMessage();
        activity.ChannelId = null;

        var result = await _harness.AuthenticateAsync(Mint(ChannelToken(TestKeys.NoEndorsements)), activity);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Serviceurl_claim_for_another_service_is_rejected()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t => t.Claims["serviceurl"] = "https://attacker.example/amer/");

        await AssertRejectedAsync(token, ServiceUrlMismatch);
    }

    [Fact]
    public async Task Serviceurl_claim_is_compared_ignoring_case()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t => t.Claims["serviceurl"] = TestBot.ServiceUrl.ToUpperInvariant());

        var result = await _harness.AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Channel_token_without_serviceurl_claim_is_rejected()
    {
        await AssertRejectedAsync(Mint(ChannelToken(TestKeys.Teams), t => t.Claims.Remove("serviceurl")), MissingServiceUrl);
    }

    [Fact]
    public async Task No_authorization_header_is_rejected()
    {
        var result = await _harness.AuthenticateHeaderAsync(null);

        Assert.False(result.Succeeded);
        Assert.Equal(MissingAuthorizationHeader, result.FailureReason);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Token abc.def.ghi")]
    public async Task Authorization_header_that_is_not_a_bearer_token_is_rejected(string header)
    {
        var result = await _harness.AuthenticateHeaderAsync(header);

        Assert.False(result.Succeeded);
        Assert.Equal(NotBearer, result.FailureReason);
    }

    [Fact]
    public async Task Bearer_scheme_is_matched_ignoring_case()
    {
        var result = await _harness.AuthenticateHeaderAsync($"bearer {Mint(ChannelToken(TestKeys.Teams))}");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.%%%.sig")]
    public async Task Garbage_token_is_rejected(string token)
    {
        await AssertRejectedAsync(token, MalformedToken);
        Assert.Equal(0, _harness.Server.BotFramework.MetadataRequests);
    }

    [Fact]
    public async Task Rejections_are_logged_with_the_reason_and_without_the_token()
    {
        var token = Mint(ChannelToken(TestKeys.Teams), t => t.Audience = "someone-else");

        await AssertRejectedAsync(token, WrongAudience);

        Assert.Contains(_harness.Logs.Lines, line => line.Contains(WrongAudience, StringComparison.Ordinal));
        Assert.DoesNotContain(_harness.Logs.Lines, line => line.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    private async Task AssertRejectedAsync(string token, string expectedReason)
    {
        var result = await _harness.AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal(expectedReason, result.FailureReason);
    }
}
