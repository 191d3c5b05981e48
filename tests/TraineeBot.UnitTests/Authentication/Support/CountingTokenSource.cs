using TraineeBot.BotFramework.Authentication;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication.Support;

/// <summary>
/// Hands out "token-1", "token-2", … each valid for <see cref="Lifetime"/> from the clock's now, counting calls. Can be
/// held (calls wait until released) or set to fail.
/// </summary>
internal sealed class CountingTokenSource(TimeProvider timeProvider) : IAccessTokenSource
{
    private TaskCompletionSource _gate = Opened();
    private int _calls;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);
    public Exception? Failure { get; set; }
    public int Calls => Volatile.Read(ref _calls);

    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    public async Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        await _gate.Task.WaitAsync(cancellationToken);
        return Failure is null
            ? new ConnectorAccessToken($"token-{call}", timeProvider.GetUtcNow() + Lifetime)
            : throw Failure;
    }

    private static TaskCompletionSource Opened()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }
}
