using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace TraineeBot.Testing.Authentication;

/// <summary>An RSA signing key made in the test, publishable as a JWK with or without Bot Framework endorsements.</summary>
public sealed class TestSigningKey
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[]? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    /// <summary>Null: the JWK has no <c>endorsements</c> member at all.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm);

    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }
}

/// <summary>Keys shared by the tests (RSA generation is the slow part, so each is made once).</summary>
public static class TestKeys
{
    public static readonly TestSigningKey Teams = new("teams-key", "msteams", "webchat");
    public static readonly TestSigningKey WebChatOnly = new("webchat-key", "webchat");
    public static readonly TestSigningKey NoEndorsements = new("bare-key", endorsements: null);
    public static readonly TestSigningKey Entra = new("entra-key", endorsements: null);

    /// <summary>Never published anywhere.</summary>
    public static readonly TestSigningKey Unpublished = new("unpublished-key", "msteams");

    /// <summary>Claims the key id of <see cref="Teams"/> but is a different key.</summary>
    public static readonly TestSigningKey Impostor = new(Teams.KeyId, "msteams");
}
