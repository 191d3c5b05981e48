using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Storage;

public sealed class DialogRunStoreTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Fact]
    public async Task A_run_is_saved_found_and_updated_with_its_revision_bumped()
    {
        var contact = await ContactAsync();
        var run = NewRun(contact, "{\"step\":1}");
        var ct = TestContext.Current.CancellationToken;

        await InScopeAsync(store => store.SaveAsync(run, ct));
        var found = await InScopeAsync(store => store.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, ct));
        found!.StateJson = "{\"step\":2}";
        await InScopeAsync(store => store.SaveAsync(found, ct));
        var again = await InScopeAsync(store => store.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, ct));

        Assert.Equal("{\"step\":2}", again!.StateJson);
        Assert.Equal(2, again.Revision);
    }

    [Fact]
    public async Task Of_two_turns_that_read_the_same_revision_only_the_first_save_wins()
    {
        var contact = await ContactAsync();
        var ct = TestContext.Current.CancellationToken;
        await InScopeAsync(store => store.SaveAsync(NewRun(contact, "{}"), ct));
        var first = await InScopeAsync(store => store.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, ct));
        var second = await InScopeAsync(store => store.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, ct));

        first!.StateJson = "{\"answer\":\"first\"}";
        second!.StateJson = "{\"answer\":\"second\"}";
        await InScopeAsync(store => store.SaveAsync(first, ct));

        await Assert.ThrowsAsync<DialogRunConflictException>(() => InScopeAsync(store => store.SaveAsync(second, ct)));
        var stored = await InScopeAsync(store => store.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, ct));
        Assert.Equal("{\"answer\":\"first\"}", stored!.StateJson);
        Assert.Equal(1, second.Revision); // unchanged, so the caller can reload and retry
    }

    [Fact]
    public async Task Only_one_run_can_be_active_per_user_and_conversation()
    {
        var contact = await ContactAsync();
        var ct = TestContext.Current.CancellationToken;
        var first = NewRun(contact, "{}");
        await InScopeAsync(store => store.SaveAsync(first, ct));

        await Assert.ThrowsAsync<DialogRunConflictException>(() => InScopeAsync(store => store.SaveAsync(NewRun(contact, "{}"), ct)));

        first.Status = DialogRunStatus.Completed;
        await InScopeAsync(store => store.SaveAsync(first, ct));
        await InScopeAsync(store => store.SaveAsync(NewRun(contact, "{}"), ct));
    }

    private static DialogRun NewRun(Contact contact, string state) => new()
    {
        Id = Guid.NewGuid(),
        UserId = contact.UserId,
        ConversationReferenceId = contact.ConversationReferenceId,
        DefinitionId = "feedback",
        DefinitionVersion = 1,
        StateJson = state,
        StartedUtc = DateTimeOffset.UtcNow,
        UpdatedUtc = DateTimeOffset.UtcNow,
    };

    private async Task<Contact> ContactAsync()
    {
        var user = TeamsUser.New();
        return await InScopeAsync(sp => sp.GetRequiredService<IConversationStore>().RecordAsync(new IncomingContact(
            user.Id, user.AadObjectId, user.Name, "sv-SE", "msteams", user.ConversationId, "personal", TeamsUser.ServiceUrl, null, null, null),
            TestContext.Current.CancellationToken));
    }

    private Task<T> InScopeAsync<T>(Func<IDialogRunStore, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<IDialogRunStore>()));

    private async Task InScopeAsync(Func<IDialogRunStore, Task> action)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IDialogRunStore>());
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public void Dispose() => bot.Dispose();
}
