using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>A signing key from a JWKS, with the channels it is endorsed for (empty when the key carries no endorsements).</summary>
internal sealed record BotSigningKey(JsonWebKey Key, FrozenSet<string> Endorsements);

/// <summary>
/// The signing keys published in one JWKS, by key id. Parsed here rather than through <see cref="JsonWebKeySet"/> so the
/// Bot Framework's non-standard <c>endorsements</c> member is read explicitly.
/// </summary>
internal sealed class BotSigningKeys
{
    private readonly FrozenDictionary<string, BotSigningKey> _keys;

    private BotSigningKeys(FrozenDictionary<string, BotSigningKey> keys) => _keys = keys;

    public int Count => _keys.Count;

    public bool TryGetKey(string keyId, [MaybeNullWhen(false)] out BotSigningKey key) => _keys.TryGetValue(keyId, out key);

    /// <summary>Reads a JWKS document. Keys without a kid, or meant for anything but signatures, are left out.</summary>
    /// <exception cref="InvalidDataException">The document has no <c>keys</c> array.</exception>
    public static BotSigningKeys Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS document has no 'keys' array.");
        }

        var keys = new Dictionary<string, BotSigningKey>(StringComparer.Ordinal);
        foreach (var element in keysElement.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            var isForSignatures = string.IsNullOrEmpty(key.Use) || key.Use == JsonWebKeyUseNames.Sig;
            if (!string.IsNullOrEmpty(key.Kid) && isForSignatures)
            {
                keys.TryAdd(key.Kid, new BotSigningKey(key, ReadEndorsements(element)));
            }
        }

        return new BotSigningKeys(keys.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenSet<string> ReadEndorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array
            ? endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
}
