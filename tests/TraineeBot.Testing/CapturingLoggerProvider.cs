using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TraineeBot.Testing;

/// <summary>Keeps every formatted log line (with its exception), so tests can check what is and is not logged.</summary>
public sealed class CapturingLoggerProvider(ConcurrentQueue<string>? lines = null) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = lines ?? new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(_lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
