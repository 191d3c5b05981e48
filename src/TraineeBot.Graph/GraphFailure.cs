using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;

namespace TraineeBot.Graph;

/// <summary>What a failed Graph call said: the HTTP status and Graph's error code, when there was an answer at all.</summary>
internal readonly record struct GraphFailure(int? Status, string? ErrorCode)
{
    /// <summary>
    /// Graph answered with an error (<see cref="ApiException"/>, after our retries), could not be reached, or timed
    /// out. Cancellation by the caller is not a failure and is left to propagate.
    /// </summary>
    public static bool TryRead(Exception exception, CancellationToken cancellationToken, out GraphFailure failure)
    {
        failure = exception switch
        {
            ODataError odata => new GraphFailure(odata.ResponseStatusCode, odata.Error?.Code),
            ApiException api => new GraphFailure(api.ResponseStatusCode, null),
            HttpRequestException http => new GraphFailure(http.StatusCode is { } status ? (int)status : null, "NetworkError"),
            TimeoutRejectedException => new GraphFailure(null, "Timeout"),
            OperationCanceledException when !cancellationToken.IsCancellationRequested => new GraphFailure(null, "Timeout"),
            _ => default,
        };
        return failure != default;
    }

    /// <summary>
    /// The exception to log: none when Graph answered, since Graph's error messages may echo what was asked (a name, an
    /// address); network failures and timeouts are kept, they carry no personal data.
    /// </summary>
    public static Exception? Loggable(Exception exception) => exception is ApiException ? null : exception;

    public override string ToString() => Status is { } status ? $"{status} {ErrorCode}".TrimEnd() : ErrorCode ?? "unknown";
}
