using TraineeBot.Infrastructure.Outbox;

namespace TraineeBot.Testing.Outbox;

/// <summary>Throws a <see cref="SimulatedCrashException"/> at a chosen <see cref="OutboxFaultPoint"/>, once per arming.</summary>
public sealed class ScriptedOutboxFaults : IOutboxFaults
{
    private readonly Lock gate = new();
    private readonly Dictionary<OutboxFaultPoint, int> armed = [];
    private readonly List<(OutboxFaultPoint Point, Guid? MessageId)> fired = [];

    /// <summary><paramref name="point"/> throws once, after it has been passed <paramref name="skip"/> times.</summary>
    public void Arm(OutboxFaultPoint point, int skip = 0)
    {
        lock (gate)
        {
            armed[point] = skip;
        }
    }

    public IReadOnlyCollection<(OutboxFaultPoint Point, Guid? MessageId)> Fired
    {
        get
        {
            lock (gate)
            {
                return [.. fired];
            }
        }
    }

    public void At(OutboxFaultPoint point, Guid? messageId)
    {
        lock (gate)
        {
            if (!armed.TryGetValue(point, out var skip))
            {
                return;
            }

            if (skip > 0)
            {
                armed[point] = skip - 1;
                return;
            }

            armed.Remove(point);
            fired.Add((point, messageId));
        }

        throw new SimulatedCrashException($"Simulated crash at {point} (message {messageId}).");
    }
}

public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
