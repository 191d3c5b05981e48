using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TraineeBot.Core.Dialogs;

/// <summary>A feature whose cards are forms read from <c>dialogs/</c>: what is wrong with their definitions.</summary>
public interface IFormDefinitions
{
    IEnumerable<string> Problems();
}

/// <summary>
/// Checks every <see cref="IFormDefinitions"/> when the host starts, so a missing or mismatched form definition stops
/// the bot with its problems listed instead of failing on the first card.
/// </summary>
internal sealed class FormDefinitionCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = services.GetServices<IFormDefinitions>().SelectMany(f => f.Problems()).ToList();
        return problems.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException("Form definitions in dialogs/ are wrong:\n- " + string.Join("\n- ", problems));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
