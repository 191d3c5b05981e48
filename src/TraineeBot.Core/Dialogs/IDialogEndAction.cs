using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Dialogs;

/// <summary>
/// Something the code does when a dialog is completed, named in the definition's <c>end:</c> list
/// (<c>thank-user</c>, later <c>notify-coordinator</c>, <c>suggest-work-areas</c>…). Definitions naming an action no
/// code registers are refused at start-up.
/// </summary>
public interface IDialogEndAction
{
    /// <summary>The name definitions use, e.g. <c>thank-user</c>.</summary>
    string Name { get; }

    Task RunAsync(DialogEndContext context, CancellationToken cancellationToken);
}

/// <summary>The name of a registered end action; the catalog checks definitions against these without building any action.</summary>
public sealed record DialogEndActionName(string Name);

public static class DialogEndActionRegistration
{
    /// <summary>
    /// Registers <typeparamref name="T"/> as the end action <paramref name="name"/>: scoped, so it works in the turn's
    /// unit of work (its storage sees and joins the turn's changes) with its dependencies injected.
    /// </summary>
    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddDialogEndAction<T>(
        this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string name)
        where T : class, IDialogEndAction
    {
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<IDialogEndAction, T>(services);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new DialogEndActionName(name));
        return services;
    }
}

/// <summary>
/// What an end action gets: the turn, who answered, the run with its answers by step id, and the definition's
/// completion message in the user's language.
/// </summary>
public sealed record DialogEndContext(
    ITurnContext Turn,
    Contact Contact,
    DialogRun Run,
    IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode?> Answers,
    string CompletionMessage);
