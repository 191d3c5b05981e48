namespace TraineeBot.Testing.FakeGraph;

/// <summary>One request the fake Graph received, as it arrived, and the status it was answered with.</summary>
/// <param name="Path">The decoded path, e.g. <c>/v1.0/users/{id}/teamwork/installedApps</c>.</param>
/// <param name="Query">The decoded query options, e.g. <c>$filter</c> → <c>mail eq 'a@b.se'</c>.</param>
/// <param name="Headers">Every request header (names case-insensitive), Authorization and ConsistencyLevel included.</param>
public sealed record GraphRecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    int Status,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The path and the decoded query, for messages and simple assertions.</summary>
    public string PathAndQuery => Query.Count == 0 ? Path : Path + "?" + string.Join("&", Query.Select(q => $"{q.Key}={q.Value}"));

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryOption(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
