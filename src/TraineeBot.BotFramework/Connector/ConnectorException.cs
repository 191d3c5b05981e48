using System.Net;

namespace TraineeBot.BotFramework.Connector;

/// <summary>The connector answered with an error status (after any retries).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The connector's <c>error.code</c>, e.g. <c>MessageWritesBlocked</c>, <c>BadSyntax</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The connector's Retry-After (on 429 and some 503s), when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>403 and 404 mean the bot was removed or blocked by the user: retrying will not help.</summary>
    public bool RecipientUnreachable => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}

/// <summary>A send was refused before any request was made: the serviceUrl is not one the bot trusts.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException(Uri serviceUrl)
        : base($"The serviceUrl host '{serviceUrl.Host}' did not come in on an authenticated activity; the bot will not send to it.")
    {
        ServiceUrl = serviceUrl;
    }

    public UntrustedServiceUrlException()
    {
        ServiceUrl = new Uri("about:blank");
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
        ServiceUrl = new Uri("about:blank");
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
        ServiceUrl = new Uri("about:blank");
    }

    public Uri ServiceUrl { get; }
}
