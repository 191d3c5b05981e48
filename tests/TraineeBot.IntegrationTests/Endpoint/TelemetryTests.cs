using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Endpoint;

public sealed class TelemetryTests
{
    [Fact]
    public void Telemetry_is_off_by_default()
    {
        using var bot = new TraineeBotFactory();
        _ = bot.CreateClient();

        Assert.Null(bot.Services.GetService<TracerProvider>());
        Assert.Null(bot.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("console")]
    [InlineData("otlp")]
    public async Task An_exporter_in_configuration_turns_traces_and_metrics_on(string exporter)
    {
        using var bot = new TraineeBotFactory().With("Telemetry:Exporter", exporter);
        var client = bot.CreateClient();

        Assert.NotNull(bot.Services.GetService<TracerProvider>());
        Assert.NotNull(bot.Services.GetService<MeterProvider>());
        var response = await client.PostActivityAsync(Activities.Message(TeamsUser.New(), "hjälp"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
