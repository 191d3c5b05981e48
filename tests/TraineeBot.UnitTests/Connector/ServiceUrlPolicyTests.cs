using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Connector;

namespace TraineeBot.UnitTests.Connector;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://[::1]:80/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("http://10.0.0.5/", false)]
    public void Local_mode_allows_only_this_machine(string url, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Options.Create(new BotAuthenticationOptions { MicrosoftAppId = "" }));
        policy.Trust(new Uri("https://smba.trafficmanager.net/emea/"));

        Assert.Equal(allowed, policy.IsAllowed(new Uri(url)));
    }

    [Fact]
    public void With_authentication_only_https_hosts_that_came_in_on_authenticated_activities_are_allowed()
    {
        var policy = new ServiceUrlPolicy(Options.Create(new BotAuthenticationOptions { MicrosoftAppId = "app" }));

        Assert.False(policy.IsAllowed(new Uri("https://smba.trafficmanager.net/emea/")));
        policy.Trust(new Uri("https://smba.trafficmanager.net/emea/"));

        Assert.True(policy.IsAllowed(new Uri("https://smba.trafficmanager.net/emea/")));
        Assert.True(policy.IsAllowed(new Uri("https://SMBA.trafficmanager.net/amer/")));
        Assert.False(policy.IsAllowed(new Uri("http://smba.trafficmanager.net/emea/")));
        Assert.False(policy.IsAllowed(new Uri("https://smba.trafficmanager.net:8443/emea/")));
        Assert.False(policy.IsAllowed(new Uri("http://127.0.0.1/")));
    }
}
