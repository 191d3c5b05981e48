namespace TraineeBot.BotFramework.Hosting;

/// <summary>The application's side of a turn. Registered scoped: one instance per turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Called when <see cref="OnTurnAsync"/> threw: tell the user something went wrong, in their language.
    /// Runs in a fresh scope, so state from the failed turn is not reused.
    /// </summary>
    Task OnTurnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken);
}
