using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Fetches an OpenID metadata document, then the JWKS its <c>jwks_uri</c> names. <see cref="NextRetrievalAsync"/> lets a
/// caller wait for the outcome of a refresh that <see cref="ConfigurationManager{T}"/> runs in the background.
/// </summary>
internal sealed class BotSigningKeysRetriever(ILogger logger) : IConfigurationRetriever<BotSigningKeys>
{
    private TaskCompletionSource<BotSigningKeys?> _nextRetrieval = NewSignal();

    /// <summary>Completes when the next retrieval ends (one already under way counts): with its keys, or null if it failed.</summary>
    public Task<BotSigningKeys?> NextRetrievalAsync() => Volatile.Read(ref _nextRetrieval).Task;

    public async Task<BotSigningKeys> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        BotSigningKeys? keys = null;
        try
        {
            var metadata = await retriever.GetDocumentAsync(address, cancel);
            keys = BotSigningKeys.Parse(await retriever.GetDocumentAsync(ReadJwksUri(metadata), cancel));
            AuthenticationLog.SigningKeysFetched(logger, keys.Count, address);
            return keys;
        }
        catch (Exception exception)
        {
            AuthenticationLog.SigningKeysFetchFailed(logger, address, exception);
            throw;
        }
        finally
        {
            Interlocked.Exchange(ref _nextRetrieval, NewSignal()).SetResult(keys);
        }
    }

    private static string ReadJwksUri(string metadata)
    {
        using var document = JsonDocument.Parse(metadata);
        return document.RootElement.TryGetProperty("jwks_uri", out var jwksUri)
               && jwksUri.ValueKind == JsonValueKind.String
               && Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var uri)
            ? uri.AbsoluteUri
            : throw new InvalidDataException("The OpenID metadata document has no absolute 'jwks_uri'.");
    }

    private static TaskCompletionSource<BotSigningKeys?> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
