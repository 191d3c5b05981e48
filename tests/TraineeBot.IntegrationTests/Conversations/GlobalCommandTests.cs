using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Conversations;

public sealed class GlobalCommandTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Theory]
    [InlineData("sv-SE", "Jag behöver hjälp med mitt schema", "Om det är akut: ring 112.")]
    [InlineData("en-US", "I need help", "If it is an emergency: call 112.")]
    public async Task Asking_for_help_says_whom_to_contact_in_the_users_language(string locale, string text, string expected) =>
        await Conversation.For(bot, TeamsUser.New(locale: locale))
            .Install().ExpectCard("welcome")
            .Send(text).ExpectReplyContaining(expected)
            .ExpectNothingMore();

    [Fact]
    public async Task Cancel_with_nothing_going_on_says_so() =>
        await Conversation.For(bot, TeamsUser.New())
            .Install().ExpectCard("welcome")
            .Send("avbryt").ExpectReply("Det finns inget att avbryta just nu.");

    public void Dispose() => bot.Dispose();
}
