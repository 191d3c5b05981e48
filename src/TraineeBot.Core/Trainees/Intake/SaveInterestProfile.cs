using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using TraineeBot.Core.Dialogs;
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
/// <remarks>
/// A singleton (the dialog catalog reads end action names at start-up, outside any scope), so the storage is used in a
/// scope of its own; the dialog run was saved before end actions run.
/// </remarks>
internal sealed partial class SaveInterestProfile(
    IServiceScopeFactory scopes,
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
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var journey = await services.GetRequiredService<IProgramme>().JourneyOfUserAsync(context.Contact.UserId, cancellationToken);
        if (journey is null)
        {
            Log.NotTrainee(logger, context.Run.Id);
            await SendTextAsync(context, IntakeTexts.Get(language, "ThanksNotTrainee"), cancellationToken);
            return;
        }

        if (!await services.GetRequiredService<IConsents>().HasConsentedAsync(context.Contact.UserId, cancellationToken))
        {
            Log.NoConsent(logger, context.Run.Id, journey.Trainee.Id);
            await SendTextAsync(context, IntakeTexts.Get(language, "NeedsConsent"), cancellationToken);
            return;
        }

        var profiles = services.GetRequiredService<IInterestProfiles>();
        // Through the scope, not the constructor: the catalog is built from the end actions, this one included.
        var definition = services.GetRequiredService<DialogConversation>().FindDefinition(context.Run.DefinitionId);
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

        await SendTextAsync(context, context.CompletionMessage, cancellationToken);
        if (definition is not null)
        {
            var summary = InterestCards.Summary(definition, context.Answers, language, StockholmTime.Today(time));
            var reply = context.Turn.Activity.CreateReply();
            reply.Attachments = [Attachment.AdaptiveCard(cards.Render(InterestCards.SummaryTemplate, summary), InterestCards.SummaryTemplate)];
            await context.Turn.SendActivityAsync(reply, cancellationToken);
        }
    }

    private static Task<ResourceResponse> SendTextAsync(DialogEndContext context, string text, CancellationToken cancellationToken)
    {
        var reply = context.Turn.Activity.CreateReply(text);
        return context.Turn.SendActivityAsync(reply, cancellationToken);
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
