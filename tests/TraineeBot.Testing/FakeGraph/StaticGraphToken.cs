using TraineeBot.Graph;

namespace TraineeBot.Testing.FakeGraph;

/// <summary>A Graph token provider that always hands out the same token, so tests never talk to Entra ID and can see it on the wire.</summary>
public sealed class StaticGraphToken(string token) : IGraphAccessTokenProvider
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
