namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>
/// At most <see cref="Permits"/> sends in any sliding window of length <see cref="Window"/> (bindable from configuration,
/// e.g. <c>{ "Permits": 7, "Window": "00:00:01" }</c>).
/// </summary>
public sealed class RateLimitWindow
{
    public RateLimitWindow()
    {
    }

    public RateLimitWindow(int permits, TimeSpan window)
    {
        Permits = permits;
        Window = window;
    }

    public int Permits { get; set; }

    public TimeSpan Window { get; set; }

    public override string ToString() => $"{Permits}/{Window}";
}
