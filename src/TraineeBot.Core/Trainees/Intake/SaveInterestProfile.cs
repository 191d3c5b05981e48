using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Dialogs;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>
/// <c>save-interest-profile</c>, the interest inventory's end action. For a registered trainee with consent: scores the
/// work areas (<see cref="WorkAreaScoring"/>), stores an <see cref="InterestProfile"/> and queues the suggestions card
/// to their coordinator (once per dialog run), then thanks the trainee and gives them a card of their answers.
/// Without consent nothing is stored or sent and the trainee is told why; anyone else is just thanked.
/// </summary>
internal sealed partial class SaveInterestProfile(
    IProgramme programme,
    IConsents consents,
    IInterestProfiles profiles,
    DialogCatalog catalog,
    ICardRenderer cards,
    TimeProvider time,
    ILogger<SaveInterestProfile> logger) : IDialogEndAction
{
    public const string ActionName = "save-interest-profile";

    public string Name => ActionName;

    public async Task RunAsync(DialogEndContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Contact.Language;
        var journey = await programme.JourneyOfUserAsync(context.Contact.UserId, cancellationToken);
        if (journey is null)
        {
            Log.NotTrainee(logger, context.Run.Id);
            await context.Turn.ReplyTextAsync(IntakeTexts.Get(language, "ThanksNotTrainee"), cancellationToken);
            return;
        }

        if (!await consents.HasConsentedAsync(context.Contact.UserId, cancellationToken))
        {
            Log.NoConsent(logger, context.Run.Id, journey.Trainee.Id);
            await context.Turn.ReplyTextAsync(IntakeTexts.Get(language, "NeedsConsent"), cancellationToken);
            return;
        }

        var definition = catalog.Find(context.Run.DefinitionId);
        var answers = InterestAnswers.From(context.Answers);
        var suggestions = WorkAreaScoring.Score(answers);
        var now = time.GetUtcNow();
        var coordinatorLanguage = await profiles.LanguageOfUserAsync(journey.Coordinator.UserId, cancellationToken);
        var card = InterestCards.Suggestions(journey.Trainee.Name, suggestions, answers, definition, coordinatorLanguage);
        var profile = new InterestProfile
        {
            Id = Guid.CreateVersion7(now),
            TraineeId = journey.Trainee.Id,
            DialogRunId = context.Run.Id,
            AnswersJson = new JsonObject([.. context.Answers.Select(a => KeyValuePair.Create(a.Key, a.Value?.DeepClone()))]).ToJsonString(),
            SuggestionsJson = WorkAreaExplanations.ToJson(suggestions).ToJsonString(),
            ConfirmedUtc = now,
        };
        var message = new OutboxRequest(
            $"interest-profile:{context.Run.Id}",
            journey.Coordinator.UserId,
            OutboxKinds.Card,
            new JsonObject { ["template"] = InterestCards.SuggestionsTemplate, ["data"] = card }.ToJsonString(),
            now,
            ExpireAfter: TimeSpan.FromDays(30));
        if (await profiles.SaveAsync(profile, message, cancellationToken))
        {
            Log.Saved(logger, profile.Id, journey.Trainee.Id, suggestions.Count > 0 ? suggestions[0].Area : "-");
        }
        else
        {
            Log.AlreadySaved(logger, context.Run.Id);
        }

        await context.Turn.ReplyTextAsync(context.CompletionMessage, cancellationToken);
        if (definition is not null)
        {
            var summary = InterestCards.Summary(definition, context.Answers, language, StockholmTime.Today(time));
            var reply = context.Turn.Activity.CreateReply();
            reply.Attachments = [Attachment.AdaptiveCard(cards.Render(InterestCards.SummaryTemplate, summary), InterestCards.SummaryTemplate)];
            await context.Turn.SendActivityAsync(reply, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Interest profile {ProfileId} saved for trainee {TraineeId}; top suggestion {TopArea}")]
        public static partial void Saved(ILogger logger, Guid profileId, Guid traineeId, string topArea);

        [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Interest inventory run {RunId} already has a profile; nothing new saved")]
        public static partial void AlreadySaved(ILogger logger, Guid runId);

        [LoggerMessage(EventId = 6203, Level = LogLevel.Information, Message = "Interest inventory run {RunId} completed by a user who is not a trainee; nothing saved")]
        public static partial void NotTrainee(ILogger logger, Guid runId);

        [LoggerMessage(EventId = 6204, Level = LogLevel.Information, Message = "Interest inventory run {RunId} of trainee {TraineeId} not saved: no consent")]
        public static partial void NoConsent(ILogger logger, Guid runId, Guid traineeId);
    }
}
