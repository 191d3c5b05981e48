using TraineeBot.BotFramework.Authentication;

using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication;

public sealed class BotSigningKeysTests
{
    private const string Jwks = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"endorsed","n":"sXch","e":"AQAB","x5c":["MIIC"],"endorsements":["msteams","webchat",42]},
          {"kty":"RSA","use":"sig","kid":"plain","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"enc","kid":"encryption","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"sig","n":"sXch","e":"AQAB"}
        ]}
        """;

    [Fact]
    public void Endorsements_are_read_per_key()
    {
        var keys = BotSigningKeys.Parse(Jwks);

        Assert.True(keys.TryGetKey("endorsed", out var endorsed));
        Assert.Equal(["msteams", "webchat"], endorsed.Endorsements.Order());
        Assert.Equal("endorsed", endorsed.Key.Kid);
        Assert.True(keys.TryGetKey("plain", out var plain));
        Assert.Empty(plain.Endorsements);
    }

    [Fact]
    public void Keys_without_kid_or_not_for_signatures_are_left_out()
    {
        var keys = BotSigningKeys.Parse(Jwks);

        Assert.Equal(2, keys.Count);
        Assert.False(keys.TryGetKey("encryption", out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    public void Document_without_keys_array_is_refused(string json)
    {
        Assert.Throws<InvalidDataException>(() => BotSigningKeys.Parse(json));
    }
}
