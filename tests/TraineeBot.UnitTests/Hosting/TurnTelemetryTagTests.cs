using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.UnitTests.Hosting;

/// <summary>
/// The activity type tag on turn metrics and traces comes from a closed set: a caller can send any type, and each new
/// tag value would be a new metric series (found by the fuzzer).
/// </summary>
public sealed class TurnTelemetryTagTests
{
    [Theory]
    [InlineData(ActivityTypes.Message)]
    [InlineData(ActivityTypes.Invoke)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData(ActivityTypes.MessageReaction)]
    public void A_protocol_type_is_its_own_tag(string type) => Assert.Equal(type, TurnRunner.KnownType(type));

    [Theory]
    [InlineData("Invoke")]
    [InlineData("MESSAGE")]
    [InlineData("x-fuzz-8f3a")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_other(string? type) => Assert.Equal("other", TurnRunner.KnownType(type));
}
