using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Connector.RateLimiting;
using static TraineeBot.UnitTests.Connector.RateLimiting.SendSimulation;

namespace TraineeBot.UnitTests.Connector.RateLimiting;

public sealed class TeamsRateLimitOptionsTests
{
    [Fact]
    public void Defaults_are_teams_documented_limits()
    {
        var options = new TeamsRateLimitOptions();

        Assert.Equal(["7/00:00:01", "8/00:00:02", "60/00:00:30", "1800/01:00:00"], options.PerConversation.Select(w => w.ToString()));
        Assert.Equal(50, options.TenantPerSecond);
        Assert.Equal(TimeSpan.Zero, options.SafetyMargin);
    }

    [Fact]
    public void Configured_windows_replace_the_defaults()
    {
        using var services = Provider(new()
        {
            ["Bot:RateLimits:PerConversation:0:Permits"] = "3",
            ["Bot:RateLimits:PerConversation:0:Window"] = "00:00:05",
            ["Bot:RateLimits:PerConversation:1:Permits"] = "100",
            ["Bot:RateLimits:PerConversation:1:Window"] = "01:00:00",
            ["Bot:RateLimits:TenantPerSecond"] = "500",
            ["Bot:RateLimits:SafetyMargin"] = "00:00:00.250",
        });

        var options = services.GetRequiredService<IOptions<TeamsRateLimitOptions>>().Value;

        Assert.Equal(["3/00:00:05", "100/01:00:00"], options.PerConversation.Select(w => w.ToString()));
        Assert.Equal(500, options.TenantPerSecond);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.SafetyMargin);

        var limiter = services.GetRequiredService<ISendRateLimiter>();
        Assert.IsType<TeamsSendRateLimiter>(limiter);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.TryAcquire("t", "c", Epoch).Acquired);
        }

        Assert.Equal(Epoch.AddSeconds(5.25), limiter.TryAcquire("t", "c", Epoch).RetryAt);
    }

    [Fact]
    public void Without_configured_windows_the_defaults_stay()
    {
        using var services = Provider(new() { ["Bot:RateLimits:TenantPerSecond"] = "2000" });

        var options = services.GetRequiredService<IOptions<TeamsRateLimitOptions>>().Value;

        Assert.Equal(4, options.PerConversation.Count);
        Assert.Equal(2000, options.TenantPerSecond);
    }

    [Fact]
    public void Windows_added_in_code_replace_the_defaults_too()
    {
        var options = new TeamsRateLimitOptions();
        options.PerConversation.Add(new RateLimitWindow(1, TimeSpan.FromSeconds(1)));
        options.PerConversation.Add(new RateLimitWindow(2, TimeSpan.FromSeconds(5)));

        Assert.Equal(["1/00:00:01", "2/00:00:05"], options.PerConversation.Select(w => w.ToString()));
    }

    [Theory]
    [InlineData("Bot:RateLimits:PerConversation:0:Permits", "0")]
    [InlineData("Bot:RateLimits:TenantPerSecond", "0")]
    [InlineData("Bot:RateLimits:SafetyMargin", "-00:00:01")]
    public void Unenforceable_limits_are_refused(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key.Contains("PerConversation", StringComparison.Ordinal))
        {
            settings["Bot:RateLimits:PerConversation:0:Window"] = "00:00:01";
        }

        using var services = Provider(settings);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsRateLimitOptions>>().Value);
        var empty = new TeamsRateLimitOptions();
        empty.PerConversation.Clear();
        Assert.Throws<ArgumentException>(() => new TeamsSendRateLimiter(Options.Create(empty)));
    }

    [Fact]
    public void A_limiter_registered_earlier_is_kept()
    {
        var mine = Limiter();
        var collection = new ServiceCollection().AddSingleton<ISendRateLimiter>(mine);

        using var services = collection.AddTeamsRateLimits(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Same(mine, services.GetRequiredService<ISendRateLimiter>());
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddTeamsRateLimits(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
