using Microsoft.AspNetCore.Http;

namespace TraineeBot.Testing.Authentication;

/// <summary>The keys one issuer publishes, and how often its documents were fetched.</summary>
public sealed class PublishedKeys
{
    private TestSigningKey[] _keys = [];
    private int _metadataRequests;
    private int _keyRequests;
    private volatile bool _failing;

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);
    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>Replaces the published keys (a rotation when the new set differs).</summary>
    public void Publish(params TestSigningKey[] keys) => Volatile.Write(ref _keys, keys);

    /// <summary>While set, the JWKS endpoint answers 500.</summary>
    public void FailKeyRequests(bool failing) => _failing = failing;

    public IResult Metadata(string issuer, string jwksUri)
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = jwksUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        });
    }

    public IResult Keys()
    {
        Interlocked.Increment(ref _keyRequests);
        return _failing
            ? Results.StatusCode(StatusCodes.Status500InternalServerError)
            : Results.Json(new { keys = Volatile.Read(ref _keys).Select(key => key.ToJwk()) });
    }
}
