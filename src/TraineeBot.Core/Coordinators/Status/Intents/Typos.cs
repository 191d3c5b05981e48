namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>Typo distance (optimal string alignment: insert, delete, substitute, swap two neighbours).</summary>
internal static class Typos
{
    public static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return a == b ? 0 : int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// Whether a typed word is <paramref name="form"/>: the same, or — when both have 5 letters or more — one typo away
    /// ("flagade" ~ "flaggade", "reneals" ~ "renewals"). Words with digits must be exact.
    /// </summary>
    public static bool Same(string typed, string form) =>
        typed == form
        || (typed.Length >= 5 && form.Length >= 5 && !typed.Any(char.IsDigit) && Math.Abs(typed.Length - form.Length) <= 1 && Distance(typed, form) == 1);
}
