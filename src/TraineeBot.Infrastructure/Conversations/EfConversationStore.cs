using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Conversations;

internal sealed class EfConversationStore(TraineeBotDbContext db, TimeProvider time) : IConversationStore
{
    public async Task<Contact> RecordAsync(IncomingContact contact, CancellationToken cancellationToken)
    {
        try
        {
            return await UpsertAsync(contact, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two conversations of a new user raced to create them; the other one won. Read what it wrote.
            db.ChangeTracker.Clear();
            return await UpsertAsync(contact, cancellationToken);
        }
    }

    private async Task<Contact> UpsertAsync(IncomingContact contact, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = await db.Users.FirstOrDefaultAsync(u => u.ChannelUserId == contact.ChannelUserId, cancellationToken);
        if (user is null && contact.AadObjectId is not null)
        {
            // Registered by a coordinator before they ever wrote: known by their Entra id only.
            user = await db.Users.FirstOrDefaultAsync(u => u.AadObjectId == contact.AadObjectId && u.ChannelUserId == null, cancellationToken);
        }

        var isNew = user is null;
        if (user is null)
        {
            user = new User
            {
                Id = Guid.CreateVersion7(now),
                ChannelUserId = contact.ChannelUserId,
                Language = Language.Swedish,
                CreatedUtc = now,
            };
            db.Users.Add(user);
        }

        user.ChannelUserId = contact.ChannelUserId;
        user.AadObjectId ??= contact.AadObjectId;
        if (!string.IsNullOrWhiteSpace(contact.Name))
        {
            user.Name = contact.Name;
        }

        user.LastSeenUtc = now;
        if (user.LanguageSource != LanguageSource.UserChoice && !string.IsNullOrWhiteSpace(contact.ClientLocale))
        {
            user.Language = Language.FromClientLocale(contact.ClientLocale);
            user.LanguageSource = LanguageSource.ClientLocale;
        }

        var reference = isNew ? null : await db.ConversationReferences.FirstOrDefaultAsync(
            c => c.UserId == user.Id && c.ChannelId == contact.ChannelId && c.ConversationId == contact.ConversationId, cancellationToken);
        if (reference is null)
        {
            reference = new ConversationReference
            {
                Id = Guid.CreateVersion7(now),
                UserId = user.Id,
                ChannelId = contact.ChannelId,
                ConversationId = contact.ConversationId,
                ServiceUrl = contact.ServiceUrl,
                CreatedUtc = now,
            };
            db.ConversationReferences.Add(reference);
        }

        reference.ServiceUrl = contact.ServiceUrl;
        reference.ConversationType = contact.ConversationType ?? reference.ConversationType;
        reference.TenantId = contact.TenantId ?? reference.TenantId;
        reference.BotId = contact.BotId ?? reference.BotId;
        reference.BotName = contact.BotName ?? reference.BotName;
        reference.UpdatedUtc = now;

        await db.SaveChangesAsync(cancellationToken);
        return new Contact(user.Id, reference.Id, user.Name, Language.Normalize(user.Language),
            user.LanguageSource != LanguageSource.Default, user.Role, isNew, reference.WelcomedUtc);
    }

    public Task MarkWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.ConversationReferences.Where(c => c.Id == conversationReferenceId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WelcomedUtc, now), cancellationToken);
    }

    public Task ClearWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken) =>
        db.ConversationReferences.Where(c => c.Id == conversationReferenceId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WelcomedUtc, (DateTimeOffset?)null), cancellationToken);

    public Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken)
    {
        var normalized = Language.Normalize(language);
        return db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, normalized).SetProperty(u => u.LanguageSource, LanguageSource.UserChoice), cancellationToken);
    }

    public Task<bool> AnyUnclaimedRegisteredAsync(Guid exceptUserId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().AnyAsync(u => u.ChannelUserId == null && u.Role != UserRole.Unassigned && u.Id != exceptUserId
            && (db.Trainees.Any(t => t.UserId == u.Id && t.Email != null)
                || db.Supervisors.Any(s => s.UserId == u.Id && s.Email != null)
                || db.Coordinators.Any(c => c.UserId == u.Id && c.Email != null)), cancellationToken);

    public async Task<Contact?> ClaimRegisteredAsync(Contact newContact, IReadOnlyCollection<string> addresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newContact);
        var emails = addresses.Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct().ToList();
        if (emails.Count == 0)
        {
            return null;
        }

        // People a coordinator registered who have never written; e-mails are compared without case.
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.ChannelUserId == null && u.Role != UserRole.Unassigned && u.Id != newContact.UserId
                && (db.Trainees.Any(t => t.UserId == u.Id && t.Email != null && emails.Contains(t.Email.ToLower()))
                    || db.Supervisors.Any(s => s.UserId == u.Id && s.Email != null && emails.Contains(s.Email.ToLower()))
                    || db.Coordinators.Any(c => c.UserId == u.Id && c.Email != null && emails.Contains(c.Email.ToLower()))))
            .Take(2).ToListAsync(cancellationToken);
        var fresh = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == newContact.UserId, cancellationToken);
        if (candidates.Count != 1 || fresh is null)
        {
            return null;
        }

        // Set-based, so nothing this turn's context tracks for the new user (its conversation) is cascaded or saved again.
        var registered = candidates[0];
        var (language, languageSource) = fresh.LanguageSource > registered.LanguageSource
            ? (fresh.Language, fresh.LanguageSource)
            : (registered.Language, registered.LanguageSource);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Someone who wrote before they were registered has a little history as an unassigned user: it moves with them.
        await db.ConversationReferences.Where(c => c.UserId == fresh.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UserId, registered.Id), cancellationToken);
        await db.DialogRuns.Where(r => r.UserId == fresh.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, registered.Id), cancellationToken);
        await db.OutboxMessages.Where(m => m.RecipientUserId == fresh.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RecipientUserId, registered.Id), cancellationToken);
        await db.UserAwayPeriods.Where(a => a.UserId == fresh.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, registered.Id), cancellationToken);
        await db.Users.Where(u => u.Id == fresh.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Id == registered.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.ChannelUserId, fresh.ChannelUserId)
            .SetProperty(u => u.AadObjectId, u => u.AadObjectId ?? fresh.AadObjectId)
            .SetProperty(u => u.Name, u => u.Name ?? fresh.Name)
            .SetProperty(u => u.Language, language)
            .SetProperty(u => u.LanguageSource, languageSource)
            .SetProperty(u => u.LastSeenUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var reference = await db.ConversationReferences.AsNoTracking().FirstAsync(c => c.Id == newContact.ConversationReferenceId, cancellationToken);
        return new Contact(registered.Id, reference.Id, registered.Name ?? fresh.Name, Language.Normalize(language),
            languageSource != LanguageSource.Default, registered.Role, IsNewUser: false, reference.WelcomedUtc);
    }
}
