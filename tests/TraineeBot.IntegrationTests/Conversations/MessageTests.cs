using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Conversations;

public sealed class MessageTests : IDisposable
{
    private readonly TraineeBotFactory bot = new();

    [Theory]
    [InlineData("hjälp", "sv-SE", "Det här kan du skriva till mig")]
    [InlineData("Hjälp!", "sv-SE", "Det här kan du skriva till mig")]
    [InlineData("help", "en-US", "This is what you can write to me")]
    public async Task Help_lists_what_the_bot_can_do_in_the_users_language(string text, string locale, string expected)
    {
        var reply = await SendAsync(await InstalledAsync(locale), text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains("english", reply.Text, StringComparison.Ordinal);
        Assert.Equal("markdown", reply.TextFormat);
    }

    [Theory]
    [InlineData("sv-SE", "Jag förstod inte riktigt")]
    [InlineData("en-GB", "Sorry, I did not understand")]
    public async Task Anything_else_gets_a_friendly_not_understood_with_the_help_hint(string locale, string expected)
    {
        var reply = await SendAsync(await InstalledAsync(locale), "vad är klockan");

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains(locale.StartsWith("sv", StringComparison.Ordinal) ? "**hjälp**" : "**help**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_english_switches_the_language_and_it_is_remembered()
    {
        var user = await InstalledAsync("sv-SE");
        var ct = TestContext.Current.CancellationToken;

        var switched = await SendAsync(user, "english");
        var afterwards = await SendAsync(user, "något obegripligt");

        Assert.Equal("OK! I will write in English from now on.", switched.Text);
        Assert.StartsWith("Sorry, I did not understand", afterwards.Text, StringComparison.Ordinal);
        await using var db = bot.OpenDatabase();
        Assert.Equal("en", (await db.Users.SingleAsync(u => u.ChannelUserId == user.Id, ct)).Language);

        var back = await SendAsync(user, "svenska");
        Assert.Equal("Okej! Jag skriver på svenska från och med nu.", back.Text);
    }

    [Fact]
    public async Task A_reply_goes_back_into_the_conversation_as_a_reply_to_the_message()
    {
        var user = await InstalledAsync("sv-SE");
        var message = Activities.Message(user, "hjälp");

        await bot.CreateClient().PostActivityAsync(message, cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(bot.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/fake-connector/v3/conversations/{Uri.EscapeDataString(user.ConversationId)}/activities/{Uri.EscapeDataString(message.Id!)}",
            request.Uri.AbsolutePath);
        Assert.Null(request.Authorization); // local mode sends no token
        Assert.Equal(message.Id, request.Activity!.ReplyToId);
        Assert.Equal(TeamsUser.BotId, request.Activity.From?.Id);
    }

    [Fact]
    public async Task The_bots_own_mention_is_ignored_when_reading_a_command()
    {
        var user = await InstalledAsync("sv-SE");
        var message = Activities.Message(user, "<at>TraineeBot</at> hjälp");
        message.Entities = [new() { Type = "mention", Properties = new()
        {
            ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement(new { id = TeamsUser.BotId, name = "TraineeBot" }),
            ["text"] = System.Text.Json.JsonSerializer.SerializeToElement("<at>TraineeBot</at>"),
        } }];

        await bot.CreateClient().PostActivityAsync(message, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("Det här kan du skriva till mig", Assert.Single(bot.Connector.Sent).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_follows_the_client_until_the_user_chooses_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var user = await InstalledAsync("sv-SE");

        var english = await SendAsync(user with { Locale = "en-US" }, "help");
        await SendAsync(user with { Locale = "en-US" }, "svenska");
        var chosen = await SendAsync(user with { Locale = "en-US" }, "help");

        Assert.StartsWith("This is what you can write to me", english.Text, StringComparison.Ordinal);
        Assert.StartsWith("Det här kan du skriva till mig", chosen.Text, StringComparison.Ordinal);
        await using var db = bot.OpenDatabase();
        Assert.Equal(Core.Users.LanguageSource.UserChoice, (await db.Users.SingleAsync(u => u.ChannelUserId == user.Id, ct)).LanguageSource);
    }

    [Fact]
    public async Task A_first_message_from_a_user_who_was_never_welcomed_gets_the_welcome_and_the_answer()
    {
        var user = TeamsUser.New(locale: "en-GB");

        await bot.CreateClient().PostActivityAsync(Activities.Message(user, "help"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Collection(bot.Connector.Sent,
            welcome => Assert.StartsWith("Welcome to TraineeBot", welcome.Card().VisibleText(), StringComparison.Ordinal),
            help => Assert.StartsWith("This is what you can write to me", help.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Choosing_a_language_before_any_welcome_gets_the_welcome_in_that_language()
    {
        var user = TeamsUser.New(locale: "en-US");

        await bot.CreateClient().PostActivityAsync(Activities.Message(user, "svenska"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.StartsWith("Välkommen till TraineeBot", Assert.Single(bot.Connector.Sent).Card().VisibleText(), StringComparison.Ordinal);
    }

    private async Task<TeamsUser> InstalledAsync(string locale) =>
        await bot.InstalledAsync(TeamsUser.New(locale: locale), TestContext.Current.CancellationToken);

    private async Task<BotFramework.Schema.Activity> SendAsync(TeamsUser user, string text)
    {
        var before = bot.Connector.Sent.Count;
        var response = await bot.CreateClient().PostActivityAsync(Activities.Message(user, text), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(before + 1, bot.Connector.Sent.Count);
        return bot.Connector.Sent[^1];
    }

    public void Dispose() => bot.Dispose();
}
