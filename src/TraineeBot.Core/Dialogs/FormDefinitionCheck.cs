using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TraineeBot.Core.Dialogs;

/// <summary>A feature whose cards are forms read from <c>dialogs/</c>: what is wrong with their definitions.</summary>
public interface IFormDefinitions
{
    IEnumerable<string> Problems();
}

/// <summary>
/// Checks every <see cref="IFormDefinitions"/> when the host starts and logs each problem as an error, so a missing
/// or mismatched form shows in the start-up log rather than on the first card. The bot still starts: every other
/// feature works, and the one whose form is wrong answers with the general apology.
/// </summary>
internal sealed partial class FormDefinitionCheck(IServiceProvider services, ILogger<FormDefinitionCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var problem in services.GetServices<IFormDefinitions>().SelectMany(f => f.Problems()))
        {
            LogProblem(logger, problem);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1501, Level = LogLevel.Error, Message = "Form definition problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
