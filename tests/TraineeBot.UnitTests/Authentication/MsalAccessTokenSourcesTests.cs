using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.WebUtilities;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

/// <summary>The MSAL applications built from the options, observed at the HTTP level through a fake identity provider.</summary>
public sealed class MsalAccessTokenSourcesTests : IDisposable
{
    private readonly FakeIdentityProvider _identityProvider = new();

    public void Dispose() => _identityProvider.Dispose();

    [Fact]
    public async Task MultiTenant_secret_requests_the_connector_scope_from_the_botframework_tenant()
    {
        var source = Create(new() { MicrosoftAppId = TestBot.AppId, MicrosoftAppPassword = "app-password" });

        var token = await source.AcquireTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FakeIdentityProvider.AccessToken, token.Value);
        Assert.InRange(token.ExpiresOn, DateTimeOffset.UtcNow.AddMinutes(55), DateTimeOffset.UtcNow.AddMinutes(61));
        var request = TokenRequest();
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(TestBot.AppId, request.Form["client_id"]);
        Assert.Equal("app-password", request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task SingleTenant_requests_the_token_from_the_bots_tenant()
    {
        var source = Create(new()
        {
            MicrosoftAppId = TestBot.AppId,
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = TestBot.TenantId,
            MicrosoftAppPassword = "app-password",
        });

        await source.AcquireTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal($"https://login.microsoftonline.com/{TestBot.TenantId}/oauth2/v2.0/token", TokenRequest().Uri.GetLeftPart(UriPartial.Path));
    }

    [Theory]
    [InlineData("https://login.microsoftonline.us", "https://login.microsoftonline.us/botframework.com")]
    [InlineData("https://login.microsoftonline.us/", "https://login.microsoftonline.us/botframework.com")]
    public void Authority_is_the_configured_login_host_plus_the_tenant(string entraAuthority, string expected)
    {
        var options = new BotAuthenticationOptions { EntraAuthority = new Uri(entraAuthority) };

        Assert.Equal(expected, MsalAccessTokenSources.Authority(options, BotAppType.MultiTenant));
    }

    [Theory]
    [InlineData(".pfx", null)]
    [InlineData(".pfx", "pfx-password")]
    [InlineData(".pem", null)]
    [InlineData(".pem", "pem-password")]
    public async Task Certificate_from_PFX_or_PEM_signs_a_client_assertion(string format, string? password)
    {
        using var certificate = TestCertificates.Create();
        using var file = format == ".pfx" ? TestCertificates.WritePfx(certificate, password) : TestCertificates.WritePem(certificate, password);

        var source = Create(new()
        {
            MicrosoftAppId = TestBot.AppId,
            MicrosoftAppCertificatePath = file.Path,
            MicrosoftAppCertificatePassword = password,
        });
        await source.AcquireTokenAsync(TestContext.Current.CancellationToken);

        var application = Assert.IsType<ConfidentialClientTokenSource>(source).Application;
        Assert.Equal(certificate.Thumbprint, application.AppConfig.ClientCredentialCertificate.Thumbprint);
        var form = TokenRequest().Form;
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        Assert.False(form.ContainsKey("client_secret"));
    }

    [Fact]
    public void Certificate_is_preferred_over_a_password()
    {
        using var certificate = TestCertificates.Create();
        using var file = TestCertificates.WritePfx(certificate, password: null);

        var source = Create(new() { MicrosoftAppId = TestBot.AppId, MicrosoftAppPassword = "app-password", MicrosoftAppCertificatePath = file.Path });

        var config = Assert.IsType<ConfidentialClientTokenSource>(source).Application.AppConfig;
        Assert.NotNull(config.ClientCredentialCertificate);
        Assert.Null(config.ClientSecret);
    }

    [Fact]
    public void PEM_without_a_private_key_is_refused_naming_the_file()
    {
        using var certificate = TestCertificates.Create();
        using var file = TestCertificates.WritePublicOnlyPem(certificate);

        var exception = Assert.Throws<InvalidOperationException>(() =>
            Create(new() { MicrosoftAppId = TestBot.AppId, MicrosoftAppCertificatePath = file.Path }));

        Assert.Contains(file.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PFX_without_a_private_key_is_refused_naming_the_file()
    {
        using var certificate = TestCertificates.Create();
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        using var file = TestCertificates.WritePfx(publicOnly, password: null);

        var exception = Assert.Throws<InvalidOperationException>(() =>
            Create(new() { MicrosoftAppId = TestBot.AppId, MicrosoftAppCertificatePath = file.Path }));

        Assert.Contains("has no private key", exception.Message, StringComparison.Ordinal);
        Assert.Contains(file.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PFX_with_a_wrong_password_is_refused_naming_the_file()
    {
        using var certificate = TestCertificates.Create();
        using var file = TestCertificates.WritePfx(certificate, "right-password");

        var exception = Assert.Throws<InvalidOperationException>(() =>
            Create(new() { MicrosoftAppId = TestBot.AppId, MicrosoftAppCertificatePath = file.Path, MicrosoftAppCertificatePassword = "wrong" }));

        Assert.Contains(file.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAssignedMSI_asks_the_managed_identity_endpoint_for_the_connector_with_the_app_id_as_client_id()
    {
        var source = Create(new() { MicrosoftAppId = TestBot.AppId, MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = TestBot.TenantId });

        var token = await source.AcquireTokenAsync(TestContext.Current.CancellationToken);

        Assert.IsType<ManagedIdentityTokenSource>(source);
        Assert.Equal(FakeIdentityProvider.AccessToken, token.Value);
        var request = Assert.Single(_identityProvider.Requests, r => r.Uri.AbsolutePath.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal));
        var query = QueryHelpers.ParseQuery(request.Uri.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(TestBot.AppId, query["client_id"]);
    }

    private IAccessTokenSource Create(BotAuthenticationOptions options) => MsalAccessTokenSources.Create(options, _identityProvider);

    private RecordedRequest TokenRequest() =>
        Assert.Single(_identityProvider.Requests, r => r.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
}
