using TraineeBot.UnitTests.Authentication.Support;
using static TraineeBot.BotFramework.Authentication.BotAuthenticationFailures;
using static TraineeBot.Testing.Authentication.TestTokens;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

/// <summary>Entra-issued tokens (Emulator, channels migrated to Entra ID): issuers per tenant, keys from Entra metadata.</summary>
public sealed class EntraTokenTests
{
    private static readonly string[] BotServiceTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    public static TheoryData<string> BotServiceIssuers() =>
    [
        .. BotServiceTenants.Select(tenant => $"https://sts.windows.net/{tenant}/"),
        .. BotServiceTenants.Select(tenant => $"https://login.microsoftonline.com/{tenant}/v2.0"),
    ];

    [Theory]
    [MemberData(nameof(BotServiceIssuers))]
    public async Task V1_and_v2_tokens_from_the_Bot_Service_tenants_are_accepted(string issuer)
    {
        await using var harness = await AuthenticationHarness.StartAsync();

        var result = await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, issuer)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(issuer, result.Identity!.FindFirst("iss")?.Value);
    }

    [Fact]
    public async Task Token_from_an_unknown_tenant_is_rejected()
    {
        await using var harness = await AuthenticationHarness.StartAsync();

        var result = await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0")));

        Assert.Equal(UntrustedIssuer, result.FailureReason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/{0}/")]
    [InlineData("https://login.microsoftonline.com/{0}/v2.0")]
    public async Task Token_from_the_bots_own_tenant_is_accepted_only_when_that_tenant_is_configured(string issuerFormat)
    {
        var issuer = string.Format(System.Globalization.CultureInfo.InvariantCulture, issuerFormat, TestBot.TenantId);
        await using var unconfigured = await AuthenticationHarness.StartAsync();
        await using var configured = await AuthenticationHarness.StartAsync(settings => settings["MicrosoftAppTenantId"] = TestBot.TenantId);

        var rejected = await unconfigured.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, issuer)));
        var accepted = await configured.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, issuer)));

        Assert.Equal(UntrustedIssuer, rejected.FailureReason);
        Assert.True(accepted.Succeeded, accepted.FailureReason);
    }

    [Fact]
    public async Task Keys_come_from_the_common_metadata_when_no_tenant_is_configured()
    {
        await using var harness = await AuthenticationHarness.StartAsync();

        await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, $"https://sts.windows.net/{TestBot.BotServiceTenant}/")));

        Assert.Equal(["common"], harness.Server.EntraTenantsRequested);
    }

    [Fact]
    public async Task Keys_come_from_the_configured_tenants_metadata()
    {
        await using var harness = await AuthenticationHarness.StartAsync(settings => settings["MicrosoftAppTenantId"] = TestBot.TenantId);

        await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, $"https://sts.windows.net/{TestBot.BotServiceTenant}/")));

        Assert.Equal([TestBot.TenantId], harness.Server.EntraTenantsRequested);
    }

    [Fact]
    public async Task Entra_token_signed_by_a_Bot_Framework_key_is_rejected()
    {
        await using var harness = await AuthenticationHarness.StartAsync();

        var result = await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Teams, $"https://sts.windows.net/{TestBot.BotServiceTenant}/")));

        Assert.Equal(UnknownSigningKey, result.FailureReason);
    }

    [Fact]
    public async Task Entra_token_for_another_audience_is_rejected()
    {
        await using var harness = await AuthenticationHarness.StartAsync();
        var token = Mint(EntraToken(TestKeys.Entra, $"https://sts.windows.net/{TestBot.BotServiceTenant}/"), t => t.Audience = "https://api.botframework.com");

        var result = await harness.AuthenticateAsync(token);

        Assert.Equal(WrongAudience, result.FailureReason);
    }

    [Fact]
    public async Task Serviceurl_claim_when_present_must_match()
    {
        await using var harness = await AuthenticationHarness.StartAsync();
        var issuer = $"https://login.microsoftonline.com/{TestBot.BotServiceTenant}/v2.0";

        var matching = await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, issuer), t => t.Claims["serviceurl"] = TestBot.ServiceUrl));
        var mismatching = await harness.AuthenticateAsync(Mint(EntraToken(TestKeys.Entra, issuer), t => t.Claims["serviceurl"] = "https://elsewhere.example/"));

        Assert.True(matching.Succeeded, matching.FailureReason);
        Assert.Equal(ServiceUrlMismatch, mismatching.FailureReason);
    }
}
