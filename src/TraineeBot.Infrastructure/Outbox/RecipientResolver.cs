using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Connector;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Directory;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>
/// Finds where a message goes: the conversation it names, else the recipient's personal chat with the bot. Someone
/// who never talked to the bot is reached by installing the app for them through Graph (when configured), which gives
/// the chat's id; without Graph they are unreachable until they install the app themselves.
/// </summary>
public sealed partial class RecipientResolver(
    IDbContextFactory<TraineeBotDbContext> dbs,
    ITeamsAppInstaller installer,
    IServiceUrlPolicy serviceUrls,
    IConfiguration configuration,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<RecipientResolver> logger)
{
    /// <summary>Where each message of a batch goes, read with two queries for the whole batch.</summary>
    public async Task<IReadOnlyDictionary<Guid, Resolution>> ResolveAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var userIds = messages.Select(m => m.RecipientUserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var named = messages.Where(m => m.ConversationReferenceId is not null).Select(m => m.ConversationReferenceId!.Value).ToList();
        var references = (await db.ConversationReferences.AsNoTracking()
                .Where(c => named.Contains(c.Id) || (userIds.Contains(c.UserId) && (c.ConversationType == null || c.ConversationType == "personal")))
                .ToListAsync(cancellationToken))
            .ToList();
        var results = new Dictionary<Guid, Resolution>(messages.Count);
        foreach (var message in messages)
        {
            if (!users.TryGetValue(message.RecipientUserId, out var user))
            {
                results[message.Id] = Resolution.NotReachable("The recipient no longer exists.");
                continue;
            }

            var reference = message.ConversationReferenceId is { } id
                ? references.FirstOrDefault(c => c.Id == id)
                : references.Where(c => c.UserId == user.Id).MaxBy(c => c.UpdatedUtc);
            reference ??= await InstallAsync(db, user, cancellationToken);
            results[message.Id] = reference is null
                ? Resolution.NotReachable(installer.IsConfigured
                    ? "The app could not be installed for the recipient."
                    : "The recipient has not installed the app yet.")
                : new Resolution(new ResolvedRecipient(user, reference, new Contact(user.Id, reference.Id, user.Name, Language.Normalize(user.Language),
                    user.LanguageSource != LanguageSource.Default, user.Role, IsNewUser: false, reference.WelcomedUtc)), null);
        }

        return results;
    }

    private async Task<ConversationReference?> InstallAsync(TraineeBotDbContext db, User user, CancellationToken cancellationToken)
    {
        if (!installer.IsConfigured || string.IsNullOrEmpty(user.AadObjectId))
        {
            return null;
        }

        var result = await installer.EnsureInstalledAsync(user.AadObjectId, cancellationToken);
        if (result.Outcome is not (AppInstallOutcome.Installed or AppInstallOutcome.AlreadyInstalled) || string.IsNullOrEmpty(result.ChatId))
        {
            Log.InstallFailed(logger, user.Id, result.Outcome, result.Detail);
            return null;
        }

        // Teams also tells the bot about the install (conversationUpdate), which records the same chat; whichever
        // comes first is kept.
        if (await db.ConversationReferences.FirstOrDefaultAsync(c => c.ConversationId == result.ChatId, cancellationToken) is { } known)
        {
            return known;
        }

        var tenant = await db.ConversationReferences.Where(c => c.TenantId != null)
            .OrderByDescending(c => c.UpdatedUtc).Select(c => new { c.TenantId, c.ServiceUrl }).FirstOrDefaultAsync(cancellationToken);
        var serviceUrl = options.Value.ServiceUrl ?? tenant?.ServiceUrl ?? OutboxOptions.DefaultTeamsServiceUrl;
        serviceUrls.Trust(new Uri(serviceUrl));
        var appId = configuration["MicrosoftAppId"];
        var now = time.GetUtcNow();
        var reference = new ConversationReference
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            ChannelId = "msteams",
            ConversationId = result.ChatId,
            ConversationType = "personal",
            ServiceUrl = serviceUrl,
            TenantId = configuration["Graph:TenantId"] ?? tenant?.TenantId,
            BotId = string.IsNullOrEmpty(appId) ? null : "28:" + appId,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        db.ConversationReferences.Add(reference);
        await db.SaveChangesAsync(cancellationToken);
        Log.Installed(logger, user.Id, result.Outcome);
        return reference;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Reached user {UserId} through Graph ({Outcome})")]
        public static partial void Installed(ILogger logger, Guid userId, AppInstallOutcome outcome);

        [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Could not install the app for user {UserId}: {Outcome} {Detail}")]
        public static partial void InstallFailed(ILogger logger, Guid userId, AppInstallOutcome outcome, string? detail);
    }
}

/// <summary>Where a message goes, or why it cannot go.</summary>
public sealed record Resolution(ResolvedRecipient? Recipient, string? Unreachable)
{
    public static Resolution NotReachable(string reason) => new(null, reason);
}

public sealed record ResolvedRecipient(User User, ConversationReference Reference, Contact Contact);
