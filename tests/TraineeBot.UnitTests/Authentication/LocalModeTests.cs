using TraineeBot.BotFramework.Authentication;
using TraineeBot.UnitTests.Authentication.Support;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

public sealed class LocalModeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Local_mode_accepts_any_request_as_anonymous(string? header)
    {
        var result = await new LocalModeRequestAuthenticator().AuthenticateAsync(header, TestBot.TeamsMessage(), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.NotNull(result.Identity);
        Assert.False(result.Identity.IsAuthenticated);
    }

    [Fact]
    public async Task Local_mode_sends_no_connector_token()
    {
        Assert.Null(await new NoConnectorTokenProvider().GetTokenAsync(TestContext.Current.CancellationToken));
    }
}
