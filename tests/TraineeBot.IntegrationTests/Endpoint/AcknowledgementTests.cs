using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Conversations;
using TraineeBot.Infrastructure.Conversations;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Endpoint;

/// <summary>Teams redelivers an activity it has no 200 for within 15 s: a slow turn is acknowledged early and finishes later.</summary>
public sealed class AcknowledgementTests
{
    [Fact]
    public async Task A_turn_slower_than_the_acknowledgement_budget_is_answered_200_at_once_and_replies_later()
    {
        using var slow = new SemaphoreSlim(0);
        using var bot = new TraineeBotFactory()
            .With("Bot:AcknowledgeWithin", "00:00:00.200")
            .WithServices(services => services.Replace(ServiceDescriptor.Scoped<IConversationStore>(sp =>
                new SlowStore(ActivatorUtilities.CreateInstance<EfConversationStore>(sp), slow))));
        var ct = TestContext.Current.CancellationToken;

        var clock = Stopwatch.StartNew();
        var response = await bot.CreateClient().PostActivityAsync(Activities.Message(TeamsUser.New(), "hjälp"), cancellationToken: ct);
        var acknowledgedAfter = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Sent);
        Assert.True(acknowledgedAfter < TimeSpan.FromSeconds(5), $"Acknowledged after {acknowledgedAfter}.");

        slow.Release(10);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (bot.Connector.Sent.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, ct);
        }

        Assert.Equal(2, bot.Connector.Sent.Count); // the welcome (first contact) and the help text
        Assert.Contains("Det här kan du skriva till mig", bot.Connector.Sent[^1].Text, StringComparison.Ordinal);
    }

    private sealed class SlowStore(IConversationStore inner, SemaphoreSlim gate) : IConversationStore
    {
        public async Task<Contact> RecordAsync(IncomingContact contact, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            return await inner.RecordAsync(contact, cancellationToken);
        }

        public Task MarkWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken) => inner.MarkWelcomedAsync(conversationReferenceId, cancellationToken);

        public Task ClearWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken) => inner.ClearWelcomedAsync(conversationReferenceId, cancellationToken);

        public Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken) => inner.SetLanguageAsync(userId, language, cancellationToken);

        public Task<Contact?> ClaimRegisteredAsync(Contact newContact, IReadOnlyCollection<string> addresses, CancellationToken cancellationToken) =>
            inner.ClaimRegisteredAsync(newContact, addresses, cancellationToken);
    }
}
