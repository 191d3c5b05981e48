using System.Diagnostics.Metrics;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>Delivery counters (meter <see cref="MeterName"/>): what a dashboard and the delivery log show.</summary>
public static class OutboxTelemetry
{
    public const string MeterName = "TraineeBot.Outbox";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Sent = Meter.CreateCounter<long>("traineebot.outbox.sent", description: "Messages the connector accepted");
    internal static readonly Counter<long> Failed = Meter.CreateCounter<long>("traineebot.outbox.failed", description: "Messages given up on");
    internal static readonly Counter<long> Expired = Meter.CreateCounter<long>("traineebot.outbox.expired", description: "Messages too old to send");
    internal static readonly Counter<long> Unreachable = Meter.CreateCounter<long>("traineebot.outbox.unreachable", description: "Messages whose recipient cannot be reached");
    internal static readonly Counter<long> Uncertain = Meter.CreateCounter<long>("traineebot.outbox.uncertain", description: "Sends interrupted in flight and repeated (possible duplicates)");
    internal static readonly Counter<long> Throttled = Meter.CreateCounter<long>("traineebot.outbox.throttled", description: "429 answers from the connector");
    internal static readonly Counter<long> Deferred = Meter.CreateCounter<long>("traineebot.outbox.deferred", description: "Sends held back by our own rate limiter");
}
