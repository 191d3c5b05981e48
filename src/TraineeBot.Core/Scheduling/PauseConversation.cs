using System.Text.RegularExpressions;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Scheduling;

/// <summary>
/// "pausa till 15 december" / "pause until 15 December": no scheduled messages to the user until and including that
/// date (their schedules move past it); "fortsätt" / "resume" ends the pause early.
/// </summary>
public sealed partial class PauseConversation(ISchedules schedules, WorkingCalendar calendar, TimeProvider time)
{
    /// <summary>The longest pause a user can set themselves; longer absences are the coordinator's call.</summary>
    public const int MaxDays = 92;

    private static readonly HashSet<string> ResumeWords = new(StringComparer.Ordinal)
    {
        "fortsatt", "fortsatt skicka", "jag ar tillbaka", "sluta pausa", "resume", "i am back", "im back", "stop pause", "unpause",
    };

    /// <summary>Handles a pause or resume command; false when the text is neither.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turn, Contact contact, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        var language = contact.Language;
        if (ResumeWords.Contains(ConversationCommands.Normalize(text)))
        {
            var resumed = await schedules.ClearAwayAsync(contact.UserId, cancellationToken);
            await turn.ReplyTextAsync(BotTexts.Get(language, resumed ? TextKey.PauseResumed : TextKey.PauseNothingToResume), cancellationToken);
            return true;
        }

        var match = PauseCommand().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var today = calendar.LocalDate(time.GetUtcNow());
        var dateText = match.Groups["date"].Value;
        if (dateText.Length == 0 || DateText.Parse(dateText, today, d => d >= today) is not { } until)
        {
            await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.PauseNotUnderstood), cancellationToken);
            return true;
        }

        if (until < today)
        {
            await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.PauseInPast), cancellationToken);
            return true;
        }

        if (until.DayNumber - today.DayNumber > MaxDays)
        {
            await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.PauseTooLong, MaxDays), cancellationToken);
            return true;
        }

        await schedules.SetAwayAsync(contact.UserId, today, until, cancellationToken);
        var shown = until.ToString("d MMMM yyyy", BotTexts.Culture(language));
        await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.PauseConfirmed, shown), cancellationToken);
        return true;
    }

    [GeneratedRegex(@"^\s*(pausa|pause)(\s+(till|tills|fram\s+till|t\.?\s?o\.?\s?m\.?|until|till|to))?\s*(?<date>.*?)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex PauseCommand();
}
