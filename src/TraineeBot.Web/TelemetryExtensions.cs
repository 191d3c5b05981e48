using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TraineeBot.BotFramework.Hosting;

namespace TraineeBot.Web;

internal static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics for ASP.NET Core, outgoing HTTP (the connector) and the bot's own turns.
    /// Off by default; <c>Telemetry:Exporter</c> = <c>console</c> or <c>otlp</c> (with the standard
    /// <c>OTEL_EXPORTER_OTLP_*</c> variables) turns it on.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var exporter = builder.Configuration["Telemetry:Exporter"]?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(exporter) || exporter == "NONE")
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("TraineeBot"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(BotTelemetry.SourceName);
                _ = exporter == "OTLP" ? tracing.AddOtlpExporter() : tracing.AddConsoleExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(BotTelemetry.MeterName, TraineeBot.Infrastructure.Outbox.OutboxTelemetry.MeterName);
                _ = exporter == "OTLP" ? metrics.AddOtlpExporter() : metrics.AddConsoleExporter();
            });
        return builder;
    }
}
