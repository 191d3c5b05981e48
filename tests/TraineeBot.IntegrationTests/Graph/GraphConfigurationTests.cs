using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Directory;
using TraineeBot.Graph;

namespace TraineeBot.IntegrationTests.Graph;

/// <summary>What AddGraph registers for no, some and all of the Graph keys.</summary>
public sealed class GraphConfigurationTests : GraphTestBase
{
    private static readonly (string, string?)[] NoGraph =
    [
        ("Graph:TenantId", null), ("Graph:ClientId", null), ("Graph:ClientSecret", null), ("Graph:TeamsAppCatalogId", null),
    ];

    [Fact]
    public async Task Without_Graph_nothing_is_configured_and_no_request_is_made()
    {
        var installer = Resolve<ITeamsAppInstaller>(NoGraph);
        var directory = Resolve<IUserDirectory>(NoGraph);

        var result = await installer.EnsureInstalledAsync(Guid.NewGuid().ToString(), Cancellation);
        var found = await directory.FindAsync("Anna", 5, Cancellation);

        Assert.IsType<NotConfiguredDirectory>(installer);
        Assert.False(installer.IsConfigured);
        Assert.False(directory.IsConfigured);
        Assert.Equal(AppInstallOutcome.NotConfigured, result.Outcome);
        Assert.Null(result.ChatId);
        Assert.Empty(found);
        Assert.Empty(Graph.Requests);
    }

    [Fact]
    public async Task Credentials_without_a_catalog_id_look_people_up_but_do_not_install()
    {
        var user = Graph.AddUser("Anna Andersson", "anna@contoso.se");
        var installer = Resolve<ITeamsAppInstaller>(("Graph:TeamsAppCatalogId", null));
        var directory = Resolve<IUserDirectory>(("Graph:TeamsAppCatalogId", null));

        var result = await installer.EnsureInstalledAsync(user.Id, Cancellation);

        Assert.False(installer.IsConfigured);
        Assert.True(directory.IsConfigured);
        Assert.Equal(AppInstallOutcome.NotConfigured, result.Outcome);
        Assert.Contains("Graph:TeamsAppCatalogId", result.Detail, StringComparison.Ordinal);
        Assert.Empty(Graph.Requests);
        Assert.Single(await directory.FindAsync("anna@contoso.se", 5, Cancellation));
    }

    [Fact]
    public void Implementations_registered_earlier_are_kept()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITeamsAppInstaller>(NotConfiguredDirectory.Instance);
        services.AddGraph(new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build());

        Assert.Same(NotConfiguredDirectory.Instance, services.BuildServiceProvider().GetRequiredService<ITeamsAppInstaller>());
    }

    [Theory]
    [InlineData("Graph:TenantId", "Graph:TenantId")]
    [InlineData("Graph:ClientId", "Graph:ClientId")]
    [InlineData("Graph:ClientSecret", "Graph:ClientSecret or Graph:CertificatePath")]
    public async Task A_partial_configuration_stops_the_host_naming_the_missing_key(string removed, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartHostAsync(Settings((removed, null))));

        Assert.Contains("Graph is partly configured", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_catalog_id_names_every_missing_key()
    {
        var settings = Settings(("Graph:TenantId", null), ("Graph:ClientId", null), ("Graph:ClientSecret", null));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartHostAsync(settings));

        Assert.Contains("missing: Graph:TenantId, Graph:ClientId, a credential", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Graph:TeamsAppCatalogId", "cf1ba4c7", "TeamsAppCatalogId")]
    [InlineData("Graph:CertificatePath", "/nowhere/graph.pfx", "does not exist")]
    [InlineData("Graph:ManagedIdentityClientId", "0b6c5a3e-8d9f-4e1a-b2c3-d4e5f6a7b8c9", "managed identity, not a secret")]
    [InlineData("Graph:BaseUrl", "http://graph.example.com/v1.0", "https")]
    public async Task Contradictory_or_wrong_values_stop_the_host(string key, string value, string said)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartHostAsync(Settings((key, value))));

        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_configuration_and_none_at_all_both_start()
    {
        await StartHostAsync(Settings());
        await StartHostAsync(Settings(NoGraph));
        await StartHostAsync(Settings(("Graph:TenantId", null), ("Graph:ClientId", null), ("Graph:ClientSecret", null),
            ("Graph:ManagedIdentityClientId", "0b6c5a3e-8d9f-4e1a-b2c3-d4e5f6a7b8c9")));
    }

    private static async Task StartHostAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraph(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(Cancellation);
        await host.StopAsync(Cancellation);
    }
}
