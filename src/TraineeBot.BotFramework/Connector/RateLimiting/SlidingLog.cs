namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>
/// The sends of one conversation or tenant: how many are in flight, and the finish instants (UTC ticks, ascending) of at
/// most <c>capacity</c> completed ones. Not thread-safe: <see cref="TeamsSendRateLimiter"/> guards it.
/// </summary>
internal sealed class SlidingLog(int capacity)
{
    private readonly List<long> finished = [];

    public int InFlight { get; private set; }

    /// <summary>A 429 said: nothing before this instant (UTC ticks).</summary>
    public long ThrottledUntil { get; set; } = long.MinValue;

    /// <summary>Completed sends remembered.</summary>
    public int Completed => finished.Count;

    public void Start() => InFlight++;

    public void Release() => InFlight--;

    public void Complete(long finishedAt)
    {
        InFlight--;
        var index = finished.BinarySearch(finishedAt);
        finished.Insert(index < 0 ? ~index : index, finishedAt);
        if (finished.Count > capacity)
        {
            // The oldest finish: whenever it would count, the newer `capacity` entries count too and already fill every window.
            finished.RemoveAt(0);
        }
    }

    /// <summary>Forgets sends that finished at or before <paramref name="cutoff"/>: they occupy no window any more.</summary>
    public void Prune(long cutoff)
    {
        var stale = FirstAfter(cutoff);
        if (stale > 0)
        {
            finished.RemoveRange(0, stale);
        }
    }

    /// <summary>Nothing in flight, not throttled, and every completed send finished at or before <paramref name="cutoff"/>.</summary>
    public bool IsIdle(long now, long cutoff) =>
        InFlight == 0 && ThrottledUntil <= now && (finished.Count == 0 || finished[^1] <= cutoff);

    /// <summary>Sends occupying a window of <paramref name="span"/> ticks for a send starting at <paramref name="now"/>: in flight, or finished after now − span.</summary>
    public int Occupying(long now, long span) => InFlight + finished.Count - FirstAfter(now - span);

    /// <summary>
    /// The earliest instant at which fewer than <paramref name="permits"/> sends occupy a window of <paramref name="span"/>
    /// (<paramref name="now"/> if they already do). A send in flight finishes at <paramref name="now"/> at the earliest, so
    /// it leaves the window at now + span at the earliest: the answer is a lower bound, exact when nothing is in flight.
    /// </summary>
    public long FreeAt(int permits, long now, long span)
    {
        var first = FirstAfter(now - span);
        var occupying = InFlight + finished.Count - first;
        if (occupying < permits)
        {
            return now;
        }

        // This many must leave the window, in this order: sends finished by now, those in flight, those finished after now.
        var leaving = occupying - permits + 1;
        var finishedByNow = FirstAfter(now) - first;
        if (leaving <= finishedByNow)
        {
            return finished[first + leaving - 1] + span;
        }

        return leaving <= finishedByNow + InFlight ? now + span : finished[first + leaving - 1 - InFlight] + span;
    }

    /// <summary>Index of the first finish instant after <paramref name="ticks"/>.</summary>
    private int FirstAfter(long ticks)
    {
        int low = 0, high = finished.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (finished[middle] <= ticks)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
