using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>
/// The supervisor card's buttons (<c>Action.Execute</c>: the answer replaces the card). Each first checks the card
/// against the database (<see cref="SupervisorCardGuard"/>): anyone else gets the read-only view, a closed
/// occurrence the "closed" view, whatever the card's data says.
/// </summary>
internal abstract partial class SupervisorCardAction(SupervisorCardGuard guard, SupervisorCardViews views, ILogger logger) : ICardAction
{
    public abstract string Verb { get; }

    protected SupervisorCardViews Views => views;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var access = await guard.CheckAsync(action.Data, action.Contact, Verb, cancellationToken);
        var viewer = action.Turn.Activity.From?.Id;
        switch (access.Kind)
        {
            case SupervisorCardAccessKind.NotFound:
                return AdaptiveCardInvokeResponse.Error(404, "NoCheckIn", SupervisorTexts.Get(action.Language, "NotFound"));
            case SupervisorCardAccessKind.NotTheirs:
                Log.NotTheirs(logger, Verb, access.CheckIn!.Id, action.Contact.UserId);
                return AdaptiveCardInvokeResponse.Card(views.ReadOnly(access.CheckIn.Id, access.CheckIn.Kind, action.Language, viewer, access.Journey?.Supervisor?.Name));
        }

        var subject = new SupervisorCardSubject(access.CheckIn!, access.Journey!, action.Language, viewer);
        return access.Kind == SupervisorCardAccessKind.Closed
            ? AdaptiveCardInvokeResponse.Card(views.Closed(subject))
            : AdaptiveCardInvokeResponse.Card(await ActAsync(subject, action, cancellationToken));
    }

    /// <summary>Acts on an open check-in of the asker's and returns the card that replaces the clicked one.</summary>
    protected abstract Task<JsonObject> ActAsync(SupervisorCardSubject subject, CardActionTurn action, CancellationToken cancellationToken);

    /// <summary>The "answered" view with the edit button that fits: change until the coordinator has seen it, add after.</summary>
    protected JsonObject AnsweredView(SupervisorCardSubject subject, SupervisorAnswerMode? mode, bool flagged)
    {
        var language = subject.Language;
        var checkIn = subject.CheckIn;
        var thanks = SupervisorTexts.Get(language, mode switch
        {
            SupervisorAnswerMode.Changed => "ThanksChanged",
            SupervisorAnswerMode.Addendum => "ThanksAddendum",
            _ => "Thanks",
        });
        var coordinator = TraineeBot.Cards.MarkdownText.Escape(subject.Journey.Coordinator.Name);
        var followUp = SupervisorTexts.Get(language, flagged ? "FollowUpFlag" : "FollowUpNone", coordinator);
        var edit = SupervisorTexts.Get(language, checkIn.SeenByCoordinatorUtc is null ? "Edit" : "AddAddendum");
        return views.Answered(subject, thanks, followUp, edit);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Card action {Verb} on check-in {CheckInId} by user {UserId}, who is not its supervisor: refused")]
        public static partial void NotTheirs(ILogger logger, string verb, Guid checkInId, Guid userId);
    }
}

/// <summary><c>supervisor.submit</c>: the answers. Valid: stored, and the card becomes "answered"; invalid: the form again with each problem and the values kept.</summary>
internal sealed class SupervisorSubmit(
    SupervisorCardGuard guard, SupervisorCardViews views, SupervisorForms forms, SupervisorAnswers answers, TimeProvider time, ILogger<SupervisorSubmit> logger)
    : SupervisorCardAction(guard, views, logger)
{
    public const string VerbName = "supervisor.submit";

    public override string Verb => VerbName;

    protected override async Task<JsonObject> ActAsync(SupervisorCardSubject subject, CardActionTurn action, CancellationToken cancellationToken)
    {
        var form = forms.For(subject.CheckIn.Kind);
        var values = new JsonObject();
        foreach (var field in form.Fields)
        {
            if (action.Data[field.Id] is { } sent)
            {
                values[field.Id] = sent.DeepClone();
            }
        }

        var reading = form.Read(values, new DialogContext(subject.Language, StockholmTime.Today(time)));
        if (reading.Answer is not { } answer)
        {
            return Views.Form(subject, values, reading.Problems);
        }

        if (subject.CheckIn.AnsweredUtc is not null && SupervisorAnswerJson.Latest(subject.CheckIn) is { } latest && JsonNode.DeepEquals(latest, answer))
        {
            // The same answers again (a replayed or double-clicked card): already saved, nothing new is written.
            return AnsweredView(subject, mode: null, subject.CheckIn.Flagged);
        }

        var saved = await answers.SaveAsync(subject.CheckIn, subject.Journey, answer, cancellationToken);
        return AnsweredView(subject, saved.Mode, saved.Flagged);
    }
}

/// <summary><c>supervisor.edit</c>: the form again, with the answers to change (or empty for an addendum once the coordinator has seen them).</summary>
internal sealed class SupervisorEdit(SupervisorCardGuard guard, SupervisorCardViews views, SupervisorForms forms, ILogger<SupervisorEdit> logger)
    : SupervisorCardAction(guard, views, logger)
{
    public const string VerbName = "supervisor.edit";

    public override string Verb => VerbName;

    protected override Task<JsonObject> ActAsync(SupervisorCardSubject subject, CardActionTurn action, CancellationToken cancellationToken)
    {
        var checkIn = subject.CheckIn;
        if (checkIn.SeenByCoordinatorUtc is not null)
        {
            return Task.FromResult(Views.Form(subject, notice: SupervisorTexts.Get(subject.Language, "AddendumNotice")));
        }

        var values = SupervisorAnswerJson.Answers(checkIn) is { } stored ? forms.For(checkIn.Kind).CardValues(stored, subject.Language) : null;
        return Task.FromResult(Views.Form(subject, values));
    }
}

/// <summary>
/// <c>supervisor.refresh</c>: Teams asks for the card as the supervisor should see it now (universal actions'
/// automatic refresh for the users in <c>refresh.userIds</c>): answered, closed, or the form.
/// </summary>
internal sealed class SupervisorRefresh(SupervisorCardGuard guard, SupervisorCardViews views, ILogger<SupervisorRefresh> logger)
    : SupervisorCardAction(guard, views, logger)
{
    public const string VerbName = "supervisor.refresh";

    public override string Verb => VerbName;

    protected override Task<JsonObject> ActAsync(SupervisorCardSubject subject, CardActionTurn action, CancellationToken cancellationToken)
    {
        var checkIn = subject.CheckIn;
        if (checkIn.AnsweredUtc is not null)
        {
            return Task.FromResult(AnsweredView(subject, mode: null, checkIn.Flagged));
        }

        string? notice = checkIn.RemindOn is { } on
            ? SupervisorTexts.Get(subject.Language, "LaterSaved", SupervisorTexts.Date(subject.Language, on))
            : checkIn.Reminders > 0 ? SupervisorTexts.Get(subject.Language, "ReminderNotice") : null;
        return Task.FromResult(Views.Form(subject, notice: notice));
    }
}

/// <summary>
/// <c>supervisor.later</c>: "I am away, remind me on …". The days until then are stored as an away period (the
/// supervisor's other messages wait too), and one reminder is queued for that morning.
/// </summary>
internal sealed class SupervisorLater(
    SupervisorCardGuard guard, SupervisorCardViews views, ISupervisorCheckIns store, ISchedules schedules, IOutbox outbox, WorkingCalendar calendar,
    TimeProvider time, ILogger<SupervisorLater> logger)
    : SupervisorCardAction(guard, views, logger)
{
    public const string VerbName = "supervisor.later";

    public static readonly TimeOnly ReminderTime = new(9, 0);

    public override string Verb => VerbName;

    protected override async Task<JsonObject> ActAsync(SupervisorCardSubject subject, CardActionTurn action, CancellationToken cancellationToken)
    {
        var language = subject.Language;
        var checkIn = subject.CheckIn;
        var today = StockholmTime.Today(time);
        if (SupervisorCardViews.LaterRange(checkIn, today) is not { } range)
        {
            return Views.Closed(subject);
        }

        var text = action.Data["remindOn"] is JsonValue value && value.TryGetValue<string>(out var sent) ? sent.Trim() : string.Empty;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) || on < range.First || on > range.Last)
        {
            var problem = SupervisorTexts.Get(language, "LaterInvalid", SupervisorTexts.Date(language, range.First), SupervisorTexts.Date(language, range.Last));
            return Views.Form(subject, notice: problem);
        }

        var earlier = checkIn.RemindOn;
        if (earlier == on)
        {
            // The same date again (a replayed card): already saved, nothing new is written.
            return Views.Form(subject, notice: SupervisorTexts.Get(language, "LaterSaved", SupervisorTexts.Date(language, on)));
        }

        checkIn.RemindOn = on;
        await store.SaveAsync(cancellationToken);
        if (earlier is not null)
        {
            // A new date replaces the one given before, and the away period that went with it.
            await schedules.ClearAwayAsync(action.Contact.UserId, cancellationToken);
        }

        if (on > today.AddDays(1))
        {
            await schedules.SetAwayAsync(action.Contact.UserId, today.AddDays(1), on.AddDays(-1), cancellationToken);
        }

        var day = calendar.IsWorkingDay(on) ? on : calendar.AddWorkingDays(on, 1);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"supervisor:{checkIn.Id}:later:{on:yyyy-MM-dd}", action.Contact.UserId, SupervisorOutboxKinds.Reminder,
            new JsonObject { ["checkInId"] = checkIn.Id.ToString(), ["later"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.ToJsonString(),
            calendar.ToUtc(day, ReminderTime), ExpireAfter: TimeSpan.FromDays(3)), cancellationToken);
        return Views.Form(subject, notice: SupervisorTexts.Get(language, "LaterSaved", SupervisorTexts.Date(language, on)));
    }
}
