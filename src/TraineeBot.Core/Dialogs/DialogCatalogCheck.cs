using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Dialogs;

/// <summary>Loads the dialog definitions when the host starts, so an invalid definition stops the bot with its problems listed.</summary>
internal sealed class DialogCatalogCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<DialogCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
