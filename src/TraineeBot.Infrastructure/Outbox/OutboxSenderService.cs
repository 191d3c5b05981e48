using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>Runs <see cref="OutboxSender"/> rounds for as long as the bot runs.</summary>
internal sealed class OutboxSenderService(OutboxSender sender, OutboxSignal signal, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxSenderService> logger)
    : SignalledLoop(signal, time, options, logger)
{
    protected override Task<DateTimeOffset> RunRoundAsync(CancellationToken cancellationToken) => sender.RunOnceAsync(cancellationToken);
}
