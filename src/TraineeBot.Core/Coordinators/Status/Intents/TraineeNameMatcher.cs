namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>Someone a coordinator may ask about, by their full name ("Amira Hassan", "Åsa Östlund-Berg").</summary>
public sealed record NamedPerson(Guid Id, string Name);

/// <summary>What a name query found among the candidates.</summary>
public abstract record NameMatch
{
    private NameMatch()
    {
    }

    /// <summary>One person, clearly.</summary>
    public sealed record Exact(NamedPerson Person) : NameMatch;

    /// <summary>More than one person fits equally or nearly as well; best first.</summary>
    public sealed record Ambiguous(IReadOnlyList<NamedPerson> People) : NameMatch
    {
        public bool Equals(Ambiguous? other) => other is not null && People.SequenceEqual(other.People);

        public override int GetHashCode() => People.Count;
    }

    /// <summary>Nobody fits well enough (no wild guesses).</summary>
    public sealed record None : NameMatch;
}

/// <summary>
/// Finds the trainee a coordinator means: case- and accent-insensitive ("asa ostlund" ~ "Åsa Östlund"), by first name,
/// last name, full name or the start of a name (3 letters or more: "Ami"), with small typos (one for names of
/// 4–7 letters, two from 8: "Ahmad" ~ "Ahmed", "Amria" ~ "Amira"). Every word of the query must fit a different word of
/// the name. One best candidate whose every word fits exactly is <see cref="NameMatch.Exact"/>, as is the only candidate
/// that fits at all; otherwise those that fit are <see cref="NameMatch.Ambiguous"/>, best first.
/// </summary>
public static class TraineeNameMatcher
{
    private const int Same = 100;
    private const int Start = 80;
    private const int OneTypo = 70;
    private const int TwoTypos = 55;

    public static NameMatch Match(string query, IReadOnlyList<NamedPerson> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var queryWords = Words(query);
        if (queryWords.Length == 0 || queryWords.Length > 6)
        {
            return new NameMatch.None();
        }

        var scored = candidates
            .Select(person => (Person: person, Fit: Score(queryWords, Words(person.Name))))
            .Select(s => (s.Person, s.Fit.Score, s.Fit.Letters))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Letters)
            .ThenBy(s => s.Person.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        return scored.Count switch
        {
            0 => new NameMatch.None(),
            1 => new NameMatch.Exact(scored[0].Person),
            _ when scored[0].Score == Same && scored[1].Score < Same => new NameMatch.Exact(scored[0].Person),
            _ => new NameMatch.Ambiguous([.. scored.Select(s => s.Person)]),
        };
    }

    /// <summary>
    /// 0 when some query word fits no word of the name; otherwise how well the worst-fitting word fits, and how many
    /// letters the fitting words differ by (to order equal fits: "Ami" is nearer "Amir" than "Amira").
    /// </summary>
    private static (int Score, int Letters) Score(string[] query, string[] name)
    {
        if (query.Length > name.Length)
        {
            return (0, 0);
        }

        var used = new bool[name.Length];
        var worst = Same;
        var letters = 0;
        foreach (var word in query)
        {
            var (best, at) = (0, -1);
            for (var i = 0; i < name.Length; i++)
            {
                var fit = used[i] ? 0 : Fit(word, name[i]);
                if (fit > best)
                {
                    (best, at) = (fit, i);
                }
            }

            if (best == 0)
            {
                return (0, 0);
            }

            used[at] = true;
            worst = Math.Min(worst, best);
            letters += Typos.Distance(word, name[at]);
        }

        return (worst, letters);
    }

    private static int Fit(string typed, string name)
    {
        if (typed == name)
        {
            return Same;
        }

        if (typed.Length >= 3 && name.StartsWith(typed, StringComparison.Ordinal))
        {
            return Start;
        }

        if (typed.Length < 4 || Math.Abs(typed.Length - name.Length) > 2)
        {
            return 0;
        }

        var distance = Typos.Distance(typed, name);
        return distance switch
        {
            1 => OneTypo,
            2 when typed.Length >= 8 && name.Length >= 8 => TwoTypos,
            _ => 0,
        };
    }

    /// <summary>Folded name words: "Åsa Östlund-Berg" → "asa", "ostlund", "berg".</summary>
    private static string[] Words(string text) => [.. QuestionText.Split(text).Texts];
}
