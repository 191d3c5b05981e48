using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>
/// <c>checkin-answered</c>: stores a check-in's answers (if it still takes them), and on a red flag opens a case for the
/// coordinator at once (once per check-in) and tells the trainee someone will get in touch. A check-in that closed
/// meanwhile keeps its state; the answers stay in the dialog run and the trainee is told it is closed — but a red
/// flag still reaches the coordinator.
/// </summary>
internal sealed class CheckInAnswered(ICheckInStore store, ICases cases, IProgramme programme, TimeProvider time) : IDialogEndAction
{
    public const string ActionName = "checkin-answered";

    public string Name => ActionName;

    public async Task RunAsync(DialogEndContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Contact.Language;
        if (await store.FindByRunAsync(context.Run.Id, cancellationToken) is not { } checkIn)
        {
            await CheckInReplies.SayAsync(context.Turn, CheckInTexts.Get(language, "Closed"), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var open = checkIn.Status is CheckInStatus.Open or CheckInStatus.Unanswered && !(checkIn.ClosesUtc <= now);
        var coordinatorLanguage = "sv";
        var journey = await programme.JourneyAsync(checkIn.TraineeId, cancellationToken);
        if (journey is not null)
        {
            coordinatorLanguage = await store.LanguageAsync(journey.Coordinator.UserId, cancellationToken);
        }

        var reasons = RedFlags.Reasons(context.Answers, coordinatorLanguage);
        if (open)
        {
            MarkAnswered(checkIn, context.Answers, now);
            checkIn.Flagged = reasons.Count > 0;
            checkIn.FlagReasons = reasons.Count > 0 ? string.Join('\n', reasons) : null;
            await store.SaveAsync(cancellationToken);
        }

        if (reasons.Count > 0)
        {
            var when = Localization.StockholmTime.ToLocal(checkIn.SentUtc ?? checkIn.DueUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await cases.OpenAsync(new OpenCase(
                checkIn.TraineeId, CaseKind.RedFlag, CheckInTexts.Get(coordinatorLanguage, "RedFlagCase", when), CaseAuthor.Bot, checkIn.Id,
                [.. AnswerLines(context.Answers, coordinatorLanguage), .. reasons], $"red-flag:{checkIn.Id}"), cancellationToken);
        }

        var said = open ? context.CompletionMessage : CheckInTexts.Get(language, "Closed");
        if (reasons.Count > 0)
        {
            said += "\n\n" + CheckInTexts.Get(language, "FlagTold", journey?.Coordinator.Name ?? "?");
        }

        await CheckInReplies.SayAsync(context.Turn, said, cancellationToken);
    }

    /// <summary>Records the answers on the check-in (saved by the caller).</summary>
    internal static void MarkAnswered(CheckIn checkIn, IReadOnlyDictionary<string, JsonNode?> answers, DateTimeOffset now)
    {
        checkIn.Status = CheckInStatus.Answered;
        checkIn.AnsweredUtc = now;
        checkIn.AnswersJson = new JsonObject([.. answers.Select(a => KeyValuePair.Create(a.Key, a.Value?.DeepClone()))]).ToJsonString();
    }

    /// <summary>The answers as lines for the coordinator ("Hur det går: 2"), in the dialog's order.</summary>
    internal static IEnumerable<string> AnswerLines(IReadOnlyDictionary<string, JsonNode?> answers, string language)
    {
        string[] order = ["mood", "support", "workload", "difficult", "difficult-text", "tell", "tell-text", "talk"];
        foreach (var step in order.Where(answers.ContainsKey))
        {
            var value = answers[step] switch
            {
                JsonValue v when v.TryGetValue<bool>(out var yes) => CheckInTexts.Get(language, yes ? "Yes" : "No"),
                { } other => other is JsonValue s && s.TryGetValue<string>(out var text) ? text : other.ToJsonString(),
                null => "",
            };
            yield return CheckInTexts.Get(language, "AnswerLine", CheckInTexts.Get(language, "Q_" + step), value);
        }
    }
}

/// <summary>
/// <c>after-programme-answered</c>: stores the follow-up's answer as an <see cref="Outcome"/>; "may we ask again = no"
/// ends the follow-up schedule, so no more come.
/// </summary>
internal sealed class AfterProgrammeAnswered(ICheckInStore store, ISchedules schedules, TimeProvider time) : IDialogEndAction
{
    public const string ActionName = "after-programme-answered";

    public string Name => ActionName;

    public async Task RunAsync(DialogEndContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var mayAskAgain = RedFlags.Bool(context.Answers, "ask-again") ?? true;
        if (!mayAskAgain && await store.ActiveScheduleAsync(CheckInKinds.AfterProgramme, context.Contact.UserId, cancellationToken) is { } schedule)
        {
            await schedules.EndAsync(schedule, cancellationToken);
        }

        var checkIn = await store.FindByRunAsync(context.Run.Id, cancellationToken);
        if (checkIn is not { Status: CheckInStatus.Open or CheckInStatus.Unanswered } || checkIn.ClosesUtc <= now)
        {
            await CheckInReplies.SayAsync(context.Turn, CheckInTexts.Get(context.Contact.Language, "Closed"), cancellationToken);
            return;
        }

        CheckInAnswered.MarkAnswered(checkIn, context.Answers, now);
        store.Add(new Outcome
        {
            Id = Guid.CreateVersion7(now),
            TraineeId = checkIn.TraineeId,
            CheckInId = checkIn.Id,
            MonthsAfter = int.TryParse(checkIn.OccurrenceKey.TrimEnd('m'), out var months) ? months : 0,
            Status = RedFlags.Text(context.Answers, "status") switch
            {
                "work" => OutcomeStatus.Work,
                "studies" => OutcomeStatus.Studies,
                "both" => OutcomeStatus.WorkAndStudies,
                "looking" => OutcomeStatus.Looking,
                _ => OutcomeStatus.Other,
            },
            Certainty = RedFlags.Number(context.Answers, "certainty") is { } sure ? (int)sure : null,
            MayAskAgain = mayAskAgain,
            AnsweredUtc = now,
        });
        await store.SaveAsync(cancellationToken);
        await CheckInReplies.SayAsync(context.Turn, context.CompletionMessage, cancellationToken);
    }
}

internal static class CheckInReplies
{
    public static Task SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply(text);
        reply.TextFormat = "markdown";
        reply.ReplyToId = null;
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
