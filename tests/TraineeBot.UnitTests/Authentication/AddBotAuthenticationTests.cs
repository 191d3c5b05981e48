using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

public sealed class AddBotAuthenticationTests
{
    private static readonly Dictionary<string, string?> MultiTenantBot = new()
    {
        ["MicrosoftAppId"] = TestBot.AppId,
        ["MicrosoftAppPassword"] = "app-password",
    };

    [Fact]
    public void Identity_is_read_from_the_root_keys_and_the_rest_from_the_Bot_sections()
    {
        using var certificate = TempFile.Create(".pfx");
        using var services = Build(Environments.Production, new()
        {
            ["MicrosoftAppId"] = TestBot.AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppPassword"] = "app-password",
            ["MicrosoftAppTenantId"] = TestBot.TenantId,
            ["MicrosoftAppCertificatePath"] = certificate.Path,
            ["MicrosoftAppCertificatePassword"] = "pfx-password",
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:Authentication:RequireHttpsMetadata"] = "false",
            ["Bot:Authentication:MetadataAutomaticRefreshInterval"] = "01:00:00",
            ["Bot:Authentication:BotFrameworkOpenIdMetadataUrl"] = "https://metadata.example/openid",
        });

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(TestBot.AppId, options.MicrosoftAppId);
        Assert.Equal("SingleTenant", options.MicrosoftAppType);
        Assert.Equal("app-password", options.MicrosoftAppPassword);
        Assert.Equal(TestBot.TenantId, options.MicrosoftAppTenantId);
        Assert.Equal(certificate.Path, options.MicrosoftAppCertificatePath);
        Assert.Equal("pfx-password", options.MicrosoftAppCertificatePassword);
        Assert.True(options.AllowUnauthenticated);
        Assert.False(options.RequireHttpsMetadata);
        Assert.Equal(TimeSpan.FromHours(1), options.MetadataAutomaticRefreshInterval);
        Assert.Equal(new Uri("https://metadata.example/openid"), options.BotFrameworkOpenIdMetadataUrl);
    }

    [Fact]
    public void Other_root_keys_do_not_leak_into_the_options()
    {
        using var services = Build(Environments.Development, new()
        {
            ["AllowUnauthenticated"] = "true",
            ["RequireHttpsMetadata"] = "false",
            ["MicrosoftAppType"] = " ",
        });

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.False(options.AllowUnauthenticated);
        Assert.True(options.RequireHttpsMetadata);
        Assert.Equal("MultiTenant", options.MicrosoftAppType);
    }

    [Fact]
    public void Without_an_app_id_local_mode_services_are_registered()
    {
        using var services = Build(Environments.Development, []);

        Assert.IsType<LocalModeRequestAuthenticator>(services.GetRequiredService<IBotRequestAuthenticator>());
        Assert.IsType<NoConnectorTokenProvider>(services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public void With_an_app_id_token_validation_and_cached_MSAL_tokens_are_registered_as_singletons()
    {
        using var services = Build(Environments.Production, MultiTenantBot);

        Assert.IsType<JwtBotRequestAuthenticator>(services.GetRequiredService<IBotRequestAuthenticator>());
        Assert.IsType<CachingConnectorTokenProvider>(services.GetRequiredService<IConnectorTokenProvider>());
        Assert.Same(services.GetRequiredService<IBotRequestAuthenticator>(), services.GetRequiredService<IBotRequestAuthenticator>());
        Assert.Same(services.GetRequiredService<IConnectorTokenProvider>(), services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public void A_TimeProvider_registered_before_is_kept()
    {
        var time = new FakeTimeProvider();
        var collection = new ServiceCollection().AddSingleton<TimeProvider>(time);

        collection.AddBotAuthentication(new ConfigurationBuilder().Build());

        Assert.Same(time, collection.BuildServiceProvider().GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task Host_does_not_start_in_local_mode_outside_Development()
    {
        using var host = BuildHost(Environments.Production, []);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Bot:AllowUnauthenticated=true", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_starts_outside_Development_with_a_complete_identity()
    {
        using var host = BuildHost(Environments.Production, MultiTenantBot);

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment(environment))
            .AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(validateScopes: true);

    private static IHost BuildHost(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotAuthentication(builder.Configuration);
        return builder.Build();
    }
}
