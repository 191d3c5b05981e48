namespace TraineeBot.Dialogs;

/// <summary>Dates as people write them ("15 december", "på måndag", "2026-12-15"), for features outside dialogs.</summary>
public static class DateText
{
    /// <summary>The date in <paramref name="text"/>, relative words read from <paramref name="today"/>; null when not a date.</summary>
    public static DateOnly? Parse(string text, DateOnly today, Func<DateOnly, bool>? allowed = null) =>
        DateParser.Parse(text ?? string.Empty, today, allowed).Date;
}
