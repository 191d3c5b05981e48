using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Hosting;

/// <summary>
/// Runs one activity as a turn: one at a time per conversation, each activity id once, in its own DI scope, with
/// failures turned into an apology rather than a crash. Non-invoke turns that run long are acknowledged early and
/// finish in the background; invoke turns are always awaited because their answer is the HTTP response.
/// </summary>
internal sealed class TurnRunner(
    IServiceScopeFactory scopes,
    IActivityDeduplicator deduplicator,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<TurnRunner> logger) : IDisposable
{
    /// <summary>Most invoke answers kept for replays at once; beyond it new ones are not kept (a replay then gets the generic answer).</summary>
    internal const int InvokeResponseLimit = 10_000;

    private readonly KeyedGate gate = new();

    // Its own bounded cache: a flood of invokes (each answer a card of up to ~28 kB) cannot grow memory without limit.
    private readonly MemoryCache invokeResponses = new(new MemoryCacheOptions { SizeLimit = InvokeResponseLimit });
    private readonly ConcurrentDictionary<Task, byte> background = new();

    public async Task<TurnResult> RunAsync(Activity activity, ClaimsIdentity identity, CancellationToken stopping)
    {
        var turn = RunSerialisedAsync(activity, identity, stopping);
        if (activity.IsInvoke)
        {
            return await turn;
        }

        using var ackCancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var acknowledge = Task.Delay(options.Value.AcknowledgeWithin, time, ackCancellation.Token);
        var first = await Task.WhenAny(turn, acknowledge);
        if (first == turn)
        {
            await ackCancellation.CancelAsync();
            return await turn;
        }

        BotLog.AcknowledgedEarly(logger, activity.Id, options.Value.AcknowledgeWithin);
        background.TryAdd(turn, 0);
        _ = turn.ContinueWith(t => background.TryRemove(t, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return TurnResult.Acknowledged;
    }

    private async Task<TurnResult> RunSerialisedAsync(Activity activity, ClaimsIdentity identity, CancellationToken stopping)
    {
        // Leave the request's synchronous context at once so the acknowledgement timer starts immediately.
        await Task.Yield();
        var conversationKey = $"{activity.ChannelId}|{activity.Conversation?.Id ?? activity.From?.Id}";
        using var lease = await gate.EnterAsync(conversationKey, stopping);

        ActivityKey? key = string.IsNullOrEmpty(activity.Id)
            ? null
            : new ActivityKey(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.Id);
        if (key is { } k && !await deduplicator.TryClaimAsync(k, stopping))
        {
            BotLog.Duplicate(logger, activity.Id, activity.Type);
            return invokeResponses.TryGetValue(k, out InvokeResponse? earlier)
                ? new TurnResult(TurnOutcome.Duplicate, earlier)
                : new TurnResult(TurnOutcome.Duplicate, activity.IsInvoke ? DuplicateInvoke : null);
        }

        using var span = BotTelemetry.Source.StartActivity("bot turn");
        var type = KnownType(activity.Type);
        span?.SetTag("bot.activity.type", type);
        span?.SetTag("bot.activity.id", activity.Id);
        var started = time.GetTimestamp();
        var result = await ExecuteAsync(activity, identity, stopping);
        span?.SetTag("bot.turn.outcome", result.Outcome.ToString());
        BotTelemetry.Turns.Add(1, new("activity.type", type), new("outcome", result.Outcome.ToString()));
        BotTelemetry.TurnDuration.Record(time.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("activity.type", type));
        if (key is { } done && result.InvokeResponse is not null)
        {
            invokeResponses.Set(done, result.InvokeResponse, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        }

        return result;
    }

    private async Task<TurnResult> ExecuteAsync(Activity activity, ClaimsIdentity identity, CancellationToken stopping)
    {
        TurnContext? context = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            context = new TurnContext(activity, identity, scope.ServiceProvider.GetRequiredService<IConnectorClient>());
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            await bot.OnTurnAsync(context, stopping);
            return new TurnResult(TurnOutcome.Completed, context.InvokeResponse);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            BotLog.TurnFailed(logger, ex, activity.Id, activity.Type, activity.Conversation?.Id);
            return await RecoverAsync(activity, identity, ex, stopping);
        }
    }

    private async Task<TurnResult> RecoverAsync(Activity activity, ClaimsIdentity identity, Exception exception, CancellationToken stopping)
    {
        // A fresh scope and context: nothing the failed turn left behind (a half-built invoke response, a dirty
        // unit of work) is reused.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = new TurnContext(activity, identity, scope.ServiceProvider.GetRequiredService<IConnectorClient>());
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            await bot.OnTurnErrorAsync(context, exception, stopping);
            return new TurnResult(TurnOutcome.Failed, activity.IsInvoke ? context.InvokeResponse ?? InternalErrorInvoke : null);
        }
        catch (Exception ex)
        {
            BotLog.ErrorHandlerFailed(logger, ex, activity.Id);
            return new TurnResult(TurnOutcome.FailedUnrecovered, activity.IsInvoke ? InternalErrorInvoke : null);
        }
    }

    private static InvokeResponse InternalErrorInvoke => new(200, System.Text.Json.JsonSerializer.SerializeToNode(
        AdaptiveCardInvokeResponse.Error(500, "InternalError", "The bot could not handle this action."),
        BotJsonContext.Default.AdaptiveCardInvokeResponse));

    private static InvokeResponse DuplicateInvoke => new(200, System.Text.Json.JsonSerializer.SerializeToNode(
        AdaptiveCardInvokeResponse.Error(409, "Duplicate", "This action was already received."),
        BotJsonContext.Default.AdaptiveCardInvokeResponse));

    public void Dispose() => invokeResponses.Dispose();

    /// <summary>
    /// The activity type as a metric and trace tag: one of the protocol's types, else <c>other</c> — a type is whatever a
    /// caller sends, and each distinct tag value is a new metric series.
    /// </summary>
    internal static string KnownType(string? type) => type switch
    {
        ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke
            or ActivityTypes.MessageReaction or ActivityTypes.Typing or ActivityTypes.EndOfConversation or ActivityTypes.Event
            or ActivityTypes.MessageUpdate or ActivityTypes.MessageDelete => type,
        _ => "other",
    };
}

internal enum TurnOutcome
{
    Completed,
    Duplicate,
    Acknowledged,
    /// <summary>The bot threw; its error handler told the user.</summary>
    Failed,
    /// <summary>The bot threw and so did its error handler.</summary>
    FailedUnrecovered,
}

internal sealed record TurnResult(TurnOutcome Outcome, InvokeResponse? InvokeResponse)
{
    public static TurnResult Acknowledged { get; } = new(TurnOutcome.Acknowledged, null);
}
