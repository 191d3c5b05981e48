using System.Collections.ObjectModel;

namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>
/// Teams' limits on proactive sends (section <c>Bot:RateLimits</c>), enforced by <see cref="TeamsSendRateLimiter"/>.
/// </summary>
public sealed class TeamsRateLimitOptions
{
    public const string SectionName = "Bot:RateLimits";

    /// <summary>
    /// Per bot and conversation, all at once. Holds Teams' limits (7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour) until
    /// a window is added: the first one added, by configuration binding or by code, replaces all the defaults, so a
    /// configured list is the whole list. It must not end up empty.
    /// </summary>
    public IList<RateLimitWindow> PerConversation { get; } = new DefaultedList<RateLimitWindow>(DefaultPerConversation());

    /// <summary>Requests per second per bot and tenant (all conversations together). Teams allows 50.</summary>
    public int TenantPerSecond { get; set; } = 50;

    /// <summary>Added to every window (conversation and tenant), for clock skew between the bot and the connector.</summary>
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.Zero;

    /// <summary>Teams' documented per-conversation windows, new instances every call.</summary>
    public static IReadOnlyList<RateLimitWindow> DefaultPerConversation() =>
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>What is wrong with these options (empty when they can be used).</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (PerConversation.Count == 0)
        {
            problems.Add($"{SectionName}:PerConversation is empty: give at least one window.");
        }

        foreach (var window in PerConversation)
        {
            if (window is null || window.Permits < 1 || window.Window <= TimeSpan.Zero)
            {
                problems.Add($"{SectionName}:PerConversation window '{window}' needs Permits >= 1 and a positive Window.");
            }
        }

        if (TenantPerSecond < 1)
        {
            problems.Add($"{SectionName}:TenantPerSecond must be at least 1 (was {TenantPerSecond}).");
        }

        if (SafetyMargin < TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:SafetyMargin must not be negative (was {SafetyMargin}).");
        }

        return problems;
    }

    /// <summary>
    /// A list that starts with defaults and drops them all when the first item is added, because configuration binding
    /// adds to a get-only collection instead of replacing it.
    /// </summary>
    private sealed class DefaultedList<T> : Collection<T>
    {
        private bool holdsDefaults;

        public DefaultedList(IEnumerable<T> defaults)
        {
            foreach (var item in defaults)
            {
                Add(item);
            }

            holdsDefaults = true;
        }

        protected override void InsertItem(int index, T item)
        {
            if (holdsDefaults)
            {
                holdsDefaults = false;
                base.ClearItems();
                index = 0;
            }

            base.InsertItem(index, item);
        }

        protected override void ClearItems()
        {
            holdsDefaults = false;
            base.ClearItems();
        }

        protected override void RemoveItem(int index)
        {
            holdsDefaults = false;
            base.RemoveItem(index);
        }

        protected override void SetItem(int index, T item)
        {
            holdsDefaults = false;
            base.SetItem(index, item);
        }
    }
}
