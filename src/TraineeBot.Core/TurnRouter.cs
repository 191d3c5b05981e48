using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;
using System.Text.Json.Nodes;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Dialogs;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Trainees.Consent;
using TraineeBot.Core.Users;

namespace TraineeBot.Core;

/// <summary>
/// The bot's entry point for every turn: records who wrote and from where, then sends the activity to the
/// feature that handles it. Unknown activity types are logged and ignored.
/// </summary>
public sealed partial class TurnRouter(
    IConversationStore conversations,
    ICardRenderer cards,
    IHelpRequestHandler helpRequests,
    DialogConversation dialogs,
    PauseConversation pauses,
    IOutbox outbox,
    ITraineeWelcome traineeWelcome,
    RegisteredPersonRecognition recognition,
    IEnumerable<IMessageFeature> features,
    IEnumerable<ICardAction> cardActions,
    ILogger<TurnRouter> logger) : IBot
{
    private readonly IMessageFeature[] before = [.. features.Where(f => f.Order < MessageFeatureOrder.Dialogs).OrderBy(f => f.Order)];
    private readonly IMessageFeature[] after = [.. features.Where(f => f.Order >= MessageFeatureOrder.Dialogs).OrderBy(f => f.Order)];
    private readonly Dictionary<string, ICardAction> actions = cardActions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                if (IsPersonal(activity) && activity.MembersAdded is { Count: > 0 } added &&
                    added.Any(m => m.Id == activity.Recipient?.Id || m.Id == activity.From?.Id) &&
                    await RecordAsync(turn, cancellationToken) is { } contact)
                {
                    // Teams sends this without a locale, together with an installationUpdate that has one: welcome, and
                    // deliver what waited for them, here only when the language is already known, so both come in the
                    // right language (the installationUpdate does it otherwise).
                    if (contact.LanguageKnown)
                    {
                        await outbox.RecipientReachableAsync(contact.UserId, cancellationToken);
                        await WelcomeOnceAsync(turn, contact, cancellationToken);
                    }
                }

                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                await OnInvokeAsync(turn, cancellationToken);
                break;
            case ActivityTypes.MessageReaction or ActivityTypes.Typing or ActivityTypes.EndOfConversation
                or ActivityTypes.MessageUpdate or ActivityTypes.MessageDelete or ActivityTypes.Event:
                Log.Ignored(logger, activity.Type, activity.Id);
                break;
            default:
                Log.UnknownType(logger, activity.Type, activity.Id);
                break;
        }
    }

    public async Task OnTurnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.IsInvoke)
        {
            // The invoke's HTTP answer carries the error (the pipeline fills it in); a chat message would be noise.
            return;
        }

        if (turn.Activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        {
            var language = await TryGetLanguageAsync(turn, cancellationToken);
            await turn.SendActivityAsync(turn.Activity.CreateReply(BotTexts.Get(language, TextKey.ErrorApology)), cancellationToken);
        }
    }

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var contact = await RecordAsync(turn, cancellationToken);
        if (contact is null)
        {
            return;
        }

        var text = turn.Activity.TextWithoutBotMention();
        var language = contact.Language;
        var command = ConversationCommands.Parse(text);
        if (command == ConversationCommand.NeedHelp)
        {
            // Before anything else, and whatever is going on: a person's help was asked for.
            await helpRequests.HandleAsync(turn, contact, text, cancellationToken);
            return;
        }

        if (contact.WelcomedUtc is null && command is not (ConversationCommand.English or ConversationCommand.Swedish or ConversationCommand.SwitchLanguage))
        {
            // No install event got a welcome out (or it failed): the first message gets it.
            await WelcomeOnceAsync(turn, contact, cancellationToken);
        }

        switch (command)
        {
            case ConversationCommand.Help:
                await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.HelpIntro) + "\n\n" + BotTexts.Get(language, TextKey.HelpCommands), cancellationToken);
                await dialogs.TryResumeAsync(turn, contact, cancellationToken);
                return;
            case ConversationCommand.English or ConversationCommand.Swedish or ConversationCommand.SwitchLanguage:
                var chosen = command switch
                {
                    ConversationCommand.English => Language.English,
                    ConversationCommand.Swedish => Language.Swedish,
                    _ => Language.Other(language),
                };
                await ChangeLanguageAsync(turn, contact, chosen, cancellationToken);
                await dialogs.TryResumeAsync(turn, contact with { Language = chosen }, cancellationToken);
                return;
            case ConversationCommand.Cancel:
                if (!await dialogs.TryCancelAsync(turn, contact, cancellationToken))
                {
                    await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.NothingToCancel), cancellationToken);
                }

                return;
        }

        var submitted = turn.Activity.Value as JsonObject;
        if (submitted is not null && string.IsNullOrWhiteSpace(text) && submitted["verb"] is JsonValue verbValue
            && verbValue.TryGetValue<string>(out var verb) && actions.TryGetValue(verb, out var submitAction))
        {
            await SubmitAsync(turn, contact, submitAction, submitted, cancellationToken);
            return;
        }

        var message = new MessageTurn(turn, contact, text, submitted);
        foreach (var feature in before)
        {
            if (await feature.TryHandleAsync(message, cancellationToken))
            {
                return;
            }
        }

        if (await pauses.TryHandleAsync(turn, contact, text, cancellationToken))
        {
            return;
        }

        if (dialogs.FindByTrigger(text) is { } dialogId)
        {
            await dialogs.StartAsync(turn, contact, dialogId, cancellationToken);
            return;
        }

        DialogInput input = submitted is not null && string.IsNullOrWhiteSpace(text)
            ? new DialogInput.CardData(submitted)
            : new DialogInput.Text(text);
        var cardRun = submitted?["dialogRun"] is JsonValue runValue && Guid.TryParse(runValue.ToString(), out var runId) ? runId : (Guid?)null;
        if (await dialogs.TryContinueAsync(turn, contact, input, cancellationToken, cardRun))
        {
            return;
        }

        foreach (var feature in after)
        {
            if (await feature.TryHandleAsync(message, cancellationToken))
            {
                return;
            }
        }

        await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.NotUnderstood), cancellationToken);
    }

    /// <summary>An Action.Submit with a verb: the action's card replaces the clicked card; its message is a reply.</summary>
    private static async Task SubmitAsync(ITurnContext turn, Contact contact, ICardAction action, JsonObject data, CancellationToken cancellationToken)
    {
        var result = await action.ExecuteAsync(new CardActionTurn(turn, contact, action.Verb, data, IsExecute: false, turn.Activity.ReplyToId), cancellationToken);
        switch (result.Type)
        {
            case AdaptiveCardInvokeResponse.CardType when result.Value is JsonObject card:
                var update = turn.Activity.CreateReply();
                update.Attachments = [Attachment.AdaptiveCard(card)];
                if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
                {
                    update.Id = cardId;
                    await turn.UpdateActivityAsync(cardId, update, cancellationToken);
                }
                else
                {
                    update.ReplyToId = null;
                    await turn.SendActivityAsync(update, cancellationToken);
                }

                break;
            case AdaptiveCardInvokeResponse.MessageType or AdaptiveCardInvokeResponse.ErrorType:
                var text = result.Value switch
                {
                    JsonValue value when value.TryGetValue<string>(out var plain) => plain,
                    JsonObject error when error["message"] is JsonValue m && m.TryGetValue<string>(out var said) => said,
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(text))
                {
                    await turn.ReplyTextAsync(text, cancellationToken);
                }

                break;
        }
    }

    private async Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Action)
        {
            case "add" or "add-upgrade" when IsPersonal(turn.Activity):
                if (await RecordAsync(turn, cancellationToken) is { } installed)
                {
                    await WelcomeOnceAsync(turn, installed, cancellationToken);
                    // Messages that waited for them (they had not installed the app, or had removed it) go out now.
                    await outbox.RecipientReachableAsync(installed.UserId, cancellationToken);
                }

                break;
            case "remove" or "remove-upgrade":
                if (await RecordAsync(turn, cancellationToken) is { } removed)
                {
                    await conversations.ClearWelcomedAsync(removed.ConversationReferenceId, cancellationToken);
                }

                break;
        }
    }

    private async Task OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != InvokeNames.AdaptiveCardAction)
        {
            return;
        }

        var action = CardData.Child(turn.Activity.Value, "action");
        var verb = CardData.Text(action, "verb");
        AdaptiveCardInvokeResponse result;
        if (verb is null || !actions.TryGetValue(verb, out var handler))
        {
            // A verb we do not know is a bad request.
            result = AdaptiveCardInvokeResponse.Error(400, "UnknownVerb", "This card action is not known to the bot.");
        }
        else if (await RecordAsync(turn, cancellationToken) is not { } contact)
        {
            result = AdaptiveCardInvokeResponse.Error(400, "NoSender", "The action does not say who sent it.");
        }
        else
        {
            var data = action?["data"] as JsonObject ?? [];
            result = await handler.ExecuteAsync(new CardActionTurn(turn, contact, verb, data, IsExecute: true, turn.Activity.ReplyToId), cancellationToken);
        }

        turn.InvokeResponse = new InvokeResponse(200, System.Text.Json.JsonSerializer.SerializeToNode(result, BotJsonContext.Default.AdaptiveCardInvokeResponse));
    }

    /// <summary>
    /// Teams (and Agents Playground) send installationUpdate and conversationUpdate for one install at the same time;
    /// turns of a conversation run one at a time, so checking the stored flag makes the welcome go out once.
    /// The flag is set after the send, so a failed send is tried again on the next activity.
    /// </summary>
    private async Task WelcomeOnceAsync(ITurnContext turn, Contact contact, CancellationToken cancellationToken, string? language = null)
    {
        if (contact.WelcomedUtc is not null)
        {
            return;
        }

        // A registered trainee's first contact is the consent question (who sees what); everyone else gets the welcome card.
        if (!await traineeWelcome.TryWelcomeAsync(turn, contact, language ?? contact.Language, cancellationToken))
        {
            var card = WelcomeCard.Render(cards, language ?? contact.Language, contact.Name);
            var welcome = turn.Activity.CreateReply();
            welcome.ReplyToId = null;
            welcome.Attachments = [Attachment.AdaptiveCard(card, WelcomeCard.TemplateName)];
            await turn.SendActivityAsync(welcome, cancellationToken);
        }

        await conversations.MarkWelcomedAsync(contact.ConversationReferenceId, cancellationToken);
    }

    private async Task ChangeLanguageAsync(ITurnContext turn, Contact contact, string language, CancellationToken cancellationToken)
    {
        await conversations.SetLanguageAsync(contact.UserId, language, cancellationToken);
        if (contact.WelcomedUtc is null)
        {
            // Not welcomed yet: the welcome, in the language just chosen, says more than a confirmation.
            await WelcomeOnceAsync(turn, contact, cancellationToken, language);
            return;
        }

        await turn.ReplyTextAsync(BotTexts.Get(language, TextKey.LanguageChanged), cancellationToken);
    }

    private async Task<Contact?> RecordAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var incoming = ToIncomingContact(turn.Activity);
        if (incoming is null)
        {
            Log.NoSender(logger, turn.Activity.Type, turn.Activity.Id);
            return null;
        }

        var contact = await conversations.RecordAsync(incoming, cancellationToken);
        return await recognition.RecogniseAsync(turn, contact, cancellationToken);
    }

    private async Task<string> TryGetLanguageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            return (await RecordAsync(turn, cancellationToken))?.Language ?? Language.FromClientLocale(turn.Activity.GetClientLocale());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage may be what failed: apologise in the client's language rather than not at all.
            Log.LanguageLookupFailed(logger, ex);
            return Language.FromClientLocale(turn.Activity.GetClientLocale());
        }
    }

    internal static IncomingContact? ToIncomingContact(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.Conversation?.Id) ||
            string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId))
        {
            return null;
        }

        return new IncomingContact(
            activity.From.Id,
            string.IsNullOrWhiteSpace(activity.From.AadObjectId) ? null : activity.From.AadObjectId,
            activity.From.Name,
            activity.GetClientLocale(),
            activity.ChannelId,
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.ServiceUrl,
            activity.TenantId,
            activity.Recipient?.Id,
            activity.Recipient?.Name);
    }

    private static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal" && activity.Conversation?.IsGroup != true;

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Activity type {ActivityType} ({ActivityId}) is not handled; ignored")]
        public static partial void UnknownType(ILogger logger, string? activityType, string? activityId);

        [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Activity type {ActivityType} ({ActivityId}) needs no answer")]
        public static partial void Ignored(ILogger logger, string? activityType, string? activityId);

        [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Activity {ActivityType} ({ActivityId}) has no sender, conversation or serviceUrl; not recorded")]
        public static partial void NoSender(ILogger logger, string? activityType, string? activityId);

        [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Could not read the user's language for an apology")]
        public static partial void LanguageLookupFailed(ILogger logger, Exception exception);
    }
}
