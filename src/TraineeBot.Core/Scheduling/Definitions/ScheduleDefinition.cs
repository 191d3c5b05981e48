namespace TraineeBot.Core.Scheduling;

/// <summary>What a schedule sends: a dialog (by id), an Adaptive Card (by template name) or a text (by key).</summary>
public enum ScheduleSendsKind
{
    Dialog,
    Card,
    Text,
}

/// <summary>What a schedule sends, e.g. (Dialog, "trainee-checkin").</summary>
public sealed record ScheduleSends(ScheduleSendsKind Kind, string Name);

/// <summary>Who a schedule writes to (the <c>recipient</c> of a definition).</summary>
public static class ScheduleRecipients
{
    public const string Trainee = "trainee";
    public const string Supervisor = "supervisor";
    public const string Coordinator = "coordinator";

    public static IReadOnlyList<string> All { get; } = [Trainee, Supervisor, Coordinator];
}

/// <summary>
/// One proactive message as data (a file in <c>schedules/</c>): who gets it, what it is and when.
/// </summary>
/// <param name="Id">Unique across all schedule files; lower-case words joined by - or _.</param>
/// <param name="Recipient">One of <see cref="ScheduleRecipients.All"/>.</param>
/// <param name="Sends">The dialog, card or text sent.</param>
/// <param name="Rule">When: see <see cref="OccurrencePlanner"/>.</param>
/// <param name="ExpireAfter">How long after it is due a message is still worth sending (plain elapsed time); null: always.</param>
/// <param name="SourcePath">The full path of the file the definition was read from.</param>
public sealed record ScheduleDefinition(string Id, string Recipient, ScheduleSends Sends, ScheduleRule Rule, TimeSpan? ExpireAfter, string SourcePath);
