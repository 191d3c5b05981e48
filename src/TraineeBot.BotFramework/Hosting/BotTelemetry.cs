using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TraineeBot.BotFramework.Hosting;

/// <summary>The bot's own traces (one span per turn) and metrics (turns by type and outcome).</summary>
public static class BotTelemetry
{
    public const string SourceName = "TraineeBot.BotFramework";
    public const string MeterName = "TraineeBot.BotFramework";

    internal static readonly ActivitySource Source = new(SourceName);
    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>("traineebot.turns", description: "Turns run, by activity type and outcome");
    internal static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("traineebot.turn.duration", unit: "ms", description: "Time from receipt to the end of a turn");
}
