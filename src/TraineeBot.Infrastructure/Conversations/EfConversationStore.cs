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
}
