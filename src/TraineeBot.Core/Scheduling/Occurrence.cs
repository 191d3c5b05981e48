namespace TraineeBot.Core.Scheduling;

/// <summary>
/// One time a schedule sends. <paramref name="Key"/> is stable (the nominal date as "yyyy-MM-dd"; use it in idempotency
/// keys); <paramref name="NominalDate"/> is the date the occurrence is about (for Every: From + k·Days; for
/// WorkingDaysBefore: the anchor date itself, e.g. the renewal; for Offsets: anchor + offset); <paramref name="DueUtc"/>
/// is when to send, after moving it into working time.
/// </summary>
public sealed record Occurrence(string Key, DateOnly NominalDate, DateTimeOffset DueUtc);
