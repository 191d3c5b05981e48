using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework.Connector;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Testing.Outbox;

/// <summary>Recipients and proactive messages in bulk, for outbox and scheduler tests.</summary>
public static class ProactiveData
{
    /// <summary>On loopback, as local mode requires; the fake connector answers for any address.</summary>
    public const string ServiceUrl = "http://127.0.0.1/fake-connector/";

    public const string Tenant = "tenant-1";

    /// <summary>Users who have installed the app: each with a personal chat the bot can send to.</summary>
    public static async Task<IReadOnlyList<Guid>> AddRecipientsAsync(IServiceProvider services, int count, UserRole role = UserRole.Trainee,
        string serviceUrl = ServiceUrl, string tenant = Tenant, string language = Language.Swedish, string prefix = "person")
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetRequiredService<IServiceUrlPolicy>().Trust(new Uri(serviceUrl));
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TraineeBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await AddRecipientsAsync(db, count, role, serviceUrl, tenant, language, prefix);
    }

    /// <inheritdoc cref="AddRecipientsAsync(IServiceProvider, int, UserRole, string, string, string, string)"/>
    public static async Task<IReadOnlyList<Guid>> AddRecipientsAsync(TraineeBotDbContext db, int count, UserRole role = UserRole.Trainee,
        string serviceUrl = ServiceUrl, string tenant = Tenant, string language = Language.Swedish, string prefix = "person")
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var user = NewUser($"{prefix}-{Guid.NewGuid():N}", $"{Capitalize(prefix)} {i}", role, language, now);
            db.Users.Add(user);
            db.ConversationReferences.Add(new ConversationReference
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                ChannelId = "msteams",
                ConversationId = $"a:chat-{user.ChannelUserId}",
                ConversationType = "personal",
                ServiceUrl = serviceUrl,
                TenantId = tenant,
                BotId = "28:bot",
                BotName = "TraineeBot",
                WelcomedUtc = now,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
            ids.Add(user.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>A user the programme knows (registered by a coordinator) who has never talked to the bot.</summary>
    public static async Task<Guid> AddUserWithoutChatAsync(IServiceProvider services, string name, string? aadObjectId = null, UserRole role = UserRole.Trainee)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TraineeBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var user = NewUser(null, name, role, Language.Swedish, DateTimeOffset.UtcNow);
        user.AadObjectId = aadObjectId ?? Guid.NewGuid().ToString();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A ready text message with a marker to find it by at the connector.</summary>
    public static OutboxRequest Marked(Guid recipient, string marker, DateTimeOffset due, TimeSpan? expireAfter = null, Guid? notify = null) =>
        new($"test:{marker}:{recipient}", recipient, OutboxKinds.Activity,
            new JsonObject { ["type"] = "message", ["text"] = marker }.ToJsonString(), due, expireAfter, notify);

    /// <summary>Queues many messages in one transaction (what a scheduler run or a bulk feature does).</summary>
    public static async Task QueueAsync(IServiceProvider services, IEnumerable<OutboxRequest> requests, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TraineeBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await QueueAsync(db, requests, now);
    }

    /// <inheritdoc cref="QueueAsync(IServiceProvider, IEnumerable{OutboxRequest}, DateTimeOffset)"/>
    public static async Task QueueAsync(TraineeBotDbContext db, IEnumerable<OutboxRequest> requests, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.OutboxMessages.AddRange(requests.Select(r => OutboxMessage.Create(r, now, TimeSpan.FromDays(2))));
        await db.SaveChangesAsync();
    }

    private static User NewUser(string? channelId, string name, UserRole role, string language, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ChannelUserId = channelId is null ? null : "29:" + channelId,
        AadObjectId = Guid.NewGuid().ToString(),
        Name = name,
        Language = language,
        LanguageSource = LanguageSource.UserChoice,
        Role = role,
        CreatedUtc = now,
        LastSeenUtc = now,
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
