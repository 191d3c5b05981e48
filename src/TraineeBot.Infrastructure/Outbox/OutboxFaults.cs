namespace TraineeBot.Infrastructure.Outbox;

/// <summary>The points in a delivery where a test can inject a fault, to prove that nothing is lost or doubled.</summary>
public enum OutboxFaultPoint
{
    /// <summary>Before a round claims anything.</summary>
    BeforeClaim,

    /// <summary>Claimed (leased), before the message is marked as sending.</summary>
    BeforeSend,

    /// <summary>The connector accepted it; nothing is stored yet.</summary>
    AfterSend,

    /// <summary>While storing that it was sent.</summary>
    DuringCommit,
}

/// <summary>Called at every <see cref="OutboxFaultPoint"/>; the default does nothing. Tests throw from it.</summary>
public interface IOutboxFaults
{
    void At(OutboxFaultPoint point, Guid? messageId);
}

internal sealed class NoOutboxFaults : IOutboxFaults
{
    public void At(OutboxFaultPoint point, Guid? messageId)
    {
    }
}
