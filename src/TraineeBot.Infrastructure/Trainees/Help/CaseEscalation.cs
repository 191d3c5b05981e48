using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Trainees.Help;
using TraineeBot.Infrastructure.Cases;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Trainees.Help;

public sealed class HelpOptions
{
    public const string SectionName = "Help";

    /// <summary>Working time a coordinator has to answer a help request or question before the backup is alerted.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether the escalation loop runs (tests switch it off and call <see cref="CaseEscalation.RunOnceAsync"/>).</summary>
    public bool EscalationEnabled { get; set; } = true;

    /// <summary>How often the loop looks at open cases.</summary>
    public TimeSpan EscalationPoll { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Help requests and questions nobody answered (<see cref="Case.FirstResponseUtc"/> null) within one working hour
/// (08–17 Stockholm, <see cref="WorkingCalendar.AddWorkingTime"/>) of opening: the trainee is told, the coordinator's
/// backup gets the case card, and <see cref="Case.EscalatedUtc"/> is set (so it happens once).
/// </summary>
internal sealed partial class CaseEscalation(TraineeBotDbContext db, IOutbox outbox, WorkingCalendar calendar, TimeProvider time, IOptions<HelpOptions> options, EfHelpCases cases, ILogger<CaseEscalation> logger)
{
    private static readonly TimeSpan Expiry = TimeSpan.FromDays(30);

    /// <summary>Escalates every case that is due now; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Cases
            .Where(c => c.Status == CaseStatus.Open && c.FirstResponseUtc == null && c.EscalatedUtc == null
                && (c.Kind == CaseKind.HelpRequest || c.Kind == CaseKind.Question))
            .Select(c => new { c.Id, c.OpenedUtc })
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var candidate in candidates)
        {
            if (calendar.AddWorkingTime(candidate.OpenedUtc, options.Value.AnswerWithin) > now)
            {
                continue;
            }

            await EscalateAsync(candidate.Id, now, cancellationToken);
            count++;
        }

        return count;
    }

    private async Task EscalateAsync(Guid caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var @case = (await cases.LoadAsync(caseId, cancellationToken))!;
        @case.EscalatedUtc = now;
        var trainee = await db.Trainees.AsNoTracking().FirstAsync(t => t.Id == @case.TraineeId, cancellationToken);
        var traineeUser = await db.Users.AsNoTracking().FirstAsync(u => u.Id == trainee.UserId, cancellationToken);
        var recipients = await cases.RecipientsAsync(@case, cancellationToken);
        var backup = recipients.Skip(1).FirstOrDefault();
        var told = HelpTexts.Get(traineeUser.Language, backup.Coordinator is null ? "EscalatedNoBackup" : "Escalated");
        cases.Add(@case, CaseAuthor.Bot, null, told);
        await outbox.EnqueueAsync(new OutboxRequest(
            $"case:{@case.Id}:escalated:trainee", trainee.UserId, OutboxKinds.Activity, EfHelpCases.TextPayload(told), now, Expiry), cancellationToken);
        var names = await cases.NamesAsync(@case, cancellationToken);
        foreach (var (coordinator, user, escalatedFrom) in recipients)
        {
            // The backup gets the card with a line saying why; without a backup, the coordinator gets it again as a reminder.
            if (escalatedFrom is null && backup.Coordinator is not null)
            {
                continue;
            }

            var data = CaseCard.Data(@case, trainee, user.Language, null, names, escalatedFrom);
            await outbox.EnqueueAsync(new OutboxRequest(
                $"case:{@case.Id}:escalated:{coordinator.Id}", coordinator.UserId, OutboxKinds.Card, EfHelpCases.CardPayload(data), now, Expiry), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        Log.Escalated(logger, @case.Id, backup.Coordinator?.Id);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6501, Level = LogLevel.Warning, Message = "Case {CaseId} had no answer within the working hour; escalated to backup {BackupCoordinatorId}")]
        public static partial void Escalated(ILogger logger, Guid caseId, Guid? backupCoordinatorId);
    }
}

/// <summary>Runs <see cref="CaseEscalation"/> every <see cref="HelpOptions.EscalationPoll"/> on the bot's <see cref="TimeProvider"/>.</summary>
internal sealed partial class CaseEscalationService(IServiceScopeFactory scopes, TimeProvider time, IOptions<HelpOptions> options, ILogger<CaseEscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EscalationEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CaseEscalation>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.Failed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.EscalationPoll, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6502, Level = LogLevel.Error, Message = "Escalating unanswered cases failed; trying again at the next poll")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
