using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TraineeBot.Core.Trainees.Help.Faq;

public sealed class FaqOptions
{
    public const string SectionName = "Faq";

    /// <summary>The FAQ file; relative paths are resolved against the app's base directory.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("dialogs", "faq", "faq.yaml");

    /// <summary>How well (0–100) a question must match an FAQ phrasing to be answered.</summary>
    public int Threshold { get; set; } = FaqCatalog.DefaultThreshold;

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}

/// <summary>Loads the FAQ when the host starts, so a broken file stops the bot with its problems listed.</summary>
internal sealed class FaqCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<FaqCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
