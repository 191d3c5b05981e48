namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>Settings of the coordinators' proactive alerts (section <c>CoordinatorAlerts</c>).</summary>
public sealed class CoordinatorAlertOptions
{
    public const string Section = "CoordinatorAlerts";

    /// <summary>Whether the alert loop runs (also off when <c>Outbox:Enabled</c> is false). Tests that do not exercise alerts may turn it off.</summary>
    public bool Enabled { get; set; } = true;
}
