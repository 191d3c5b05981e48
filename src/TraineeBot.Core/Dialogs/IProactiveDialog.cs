using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;

namespace TraineeBot.Core.Dialogs;

/// <summary>
/// A dialog the bot starts by itself (a scheduled check-in, a follow-up) whose feature decides at delivery whether
/// and how it starts: whether the user may get it (consent, placement), what it is stored as, and what happens when
/// another dialog is going. Without one, a proactive dialog starts only when no other dialog is active.
/// </summary>
public interface IProactiveDialog
{
    bool Handles(string dialogId);

    /// <summary>What to send (nothing is fine); <paramref name="turn"/> collects what the dialog says.</summary>
    Task<IReadOnlyList<Activity>> StartAsync(ProactiveDelivery delivery, ITurnContext turn, string dialogId, JsonObject payload, CancellationToken cancellationToken);
}

/// <summary>
/// Told when a user's dialog run ended (completed or cancelled) in a turn, so a dialog that waited for it (a check-in
/// that arrived while another dialog was going) can start right after.
/// </summary>
public interface IWaitingDialogs
{
    Task OnRunEndedAsync(ITurnContext turn, Contact contact, DialogConversation dialogs, CancellationToken cancellationToken);
}
