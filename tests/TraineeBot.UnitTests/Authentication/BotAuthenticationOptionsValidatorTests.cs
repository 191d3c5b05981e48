using Microsoft.Extensions.Hosting;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private const string Password = "app-password";

    [Fact]
    public void Local_mode_outside_Development_is_refused_with_a_message_naming_the_keys()
    {
        var result = Validate(new BotAuthenticationOptions(), Environments.Production);

        Assert.True(result.Failed);
        var message = Assert.Single(result.Failures!);
        Assert.Contains("MicrosoftAppId", message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_mode_is_allowed_in_Development()
    {
        Assert.True(Validate(new BotAuthenticationOptions(), Environments.Development).Succeeded);
    }

    [Fact]
    public void Local_mode_is_allowed_outside_Development_when_unauthenticated_requests_are_explicitly_allowed()
    {
        Assert.True(Validate(new BotAuthenticationOptions { AllowUnauthenticated = true }, Environments.Production).Succeeded);
    }

    [Theory]
    [InlineData("MultiTenant", null, Password, null)]
    [InlineData("multitenant", null, Password, null)]
    [InlineData("MultiTenant", null, null, "cert")]
    [InlineData("SingleTenant", TestBot.TenantId, Password, null)]
    [InlineData("SingleTenant", TestBot.TenantId, null, "cert")]
    [InlineData("UserAssignedMSI", TestBot.TenantId, null, null)]
    [InlineData("UserAssignedMsi", TestBot.TenantId, null, null)]
    public void Complete_configurations_are_valid(string appType, string? tenantId, string? password, string? certificate)
    {
        using var certificateFile = TempFile.Create();
        var options = Configured(appType, tenantId, password, certificate is null ? null : certificateFile.Path);

        var result = Validate(options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("MultiTenant", null, null, "MultiTenant needs a credential")]
    [InlineData("SingleTenant", null, Password, "SingleTenant needs MicrosoftAppTenantId")]
    [InlineData("SingleTenant", TestBot.TenantId, null, "SingleTenant needs a credential")]
    [InlineData("UserAssignedMSI", null, null, "UserAssignedMSI needs MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", TestBot.TenantId, Password, "remove MicrosoftAppPassword")]
    [InlineData("Federated", TestBot.TenantId, Password, "MicrosoftAppType 'Federated' is not supported")]
    public void Incomplete_or_contradictory_configurations_are_refused(string appType, string? tenantId, string? password, string expected)
    {
        var result = Validate(Configured(appType, tenantId, password, certificatePath: null));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Certificate_path_that_does_not_exist_is_refused()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid()}.pfx");

        var result = Validate(Configured("MultiTenant", null, null, missing));

        Assert.Contains(result.Failures!, failure => failure.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Refresh_intervals_below_ConfigurationManagers_minimums_are_refused()
    {
        var options = Configured("MultiTenant", null, Password, null);
        options.MetadataAutomaticRefreshInterval = TimeSpan.FromMinutes(1);
        options.MetadataMinimumRefreshInterval = TimeSpan.FromMilliseconds(10);

        var result = Validate(options);

        Assert.Equal(2, result.Failures!.Count());
    }

    [Fact]
    public void Entra_metadata_template_without_tenant_placeholder_is_refused()
    {
        var options = Configured("MultiTenant", null, Password, null);
        options.EntraOpenIdMetadataUrlTemplate = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

        Assert.True(Validate(options).Failed);
    }

    private static BotAuthenticationOptions Configured(string appType, string? tenantId, string? password, string? certificatePath) => new()
    {
        MicrosoftAppId = TestBot.AppId,
        MicrosoftAppType = appType,
        MicrosoftAppTenantId = tenantId,
        MicrosoftAppPassword = password,
        MicrosoftAppCertificatePath = certificatePath,
    };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(
        BotAuthenticationOptions options, string environment = "Production") =>
        new BotAuthenticationOptionsValidator(new TestHostEnvironment(environment)).Validate(null, options);
}
