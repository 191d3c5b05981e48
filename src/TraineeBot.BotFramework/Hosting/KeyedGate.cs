namespace TraineeBot.BotFramework.Hosting;

/// <summary>
/// One lock per key (a conversation), created on first use and dropped when nobody holds or waits for it, so two
/// activities of one conversation never run at once while different conversations run in parallel.
/// </summary>
internal sealed class KeyedGate
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public int ActiveKeys
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                entries[key] = entry;
            }

            entry.References++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, semaphoreHeld: false);
            throw;
        }

        return new Lease(this, key, entry);
    }

    private void Release(string key, Entry entry, bool semaphoreHeld)
    {
        if (semaphoreHeld)
        {
            entry.Semaphore.Release();
        }

        lock (entries)
        {
            if (--entry.References == 0)
            {
                entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }
    }

    private sealed class Lease(KeyedGate gate, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.Release(key, entry, semaphoreHeld: true);
            }
        }
    }
}
