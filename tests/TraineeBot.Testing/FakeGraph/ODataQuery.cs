using System.Text;

namespace TraineeBot.Testing.FakeGraph;

/// <summary>
/// Just enough of OData's <c>$filter</c> and Graph's <c>$search</c> syntax for the fake: <c>path eq 'literal'</c> clauses
/// joined by <c>or</c> (quotes doubled inside literals), and <c>"property:text"</c> (quote and backslash escaped with a
/// backslash). Anything else is a syntax error, as a badly quoted query is at Graph.
/// </summary>
internal static class ODataQuery
{
    /// <summary>The (path, value) pairs of <c>a eq 'x' or b eq 'y'</c>; null when the text is not that.</summary>
    public static IReadOnlyList<(string Path, string Value)>? ParseEqualsFilter(string filter)
    {
        var clauses = new List<(string, string)>();
        var position = 0;
        while (true)
        {
            SkipSpaces(filter, ref position);
            var pathStart = position;
            while (position < filter.Length && filter[position] != ' ')
            {
                position++;
            }

            var path = filter[pathStart..position];
            SkipSpaces(filter, ref position);
            if (path.Length == 0 || !TryTake(filter, ref position, "eq ") || ReadLiteral(filter, ref position) is not { } value)
            {
                return null;
            }

            clauses.Add((path, value));
            SkipSpaces(filter, ref position);
            if (position == filter.Length)
            {
                return clauses;
            }

            if (!TryTake(filter, ref position, "or "))
            {
                return null;
            }
        }
    }

    /// <summary>The property and text of one <c>"property:text"</c> clause; null when it is not exactly that.</summary>
    public static (string Property, string Text)? ParseSearchClause(string search)
    {
        var text = search.Trim();
        if (text.Length < 2 || text[0] != '"')
        {
            return null;
        }

        var content = new StringBuilder();
        var position = 1;
        while (position < text.Length && text[position] != '"')
        {
            if (text[position] == '\\')
            {
                position++;
                if (position == text.Length || text[position] is not ('"' or '\\'))
                {
                    return null;
                }
            }

            content.Append(text[position]);
            position++;
        }

        if (position != text.Length - 1)
        {
            return null; // unterminated, or something after the closing quote
        }

        var clause = content.ToString();
        var colon = clause.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (clause[..colon], clause[(colon + 1)..]);
    }

    private static string? ReadLiteral(string filter, ref int position)
    {
        if (position >= filter.Length || filter[position] != '\'')
        {
            return null;
        }

        var value = new StringBuilder();
        position++;
        while (position < filter.Length)
        {
            if (filter[position] == '\'')
            {
                if (position + 1 < filter.Length && filter[position + 1] == '\'')
                {
                    value.Append('\'');
                    position += 2;
                    continue;
                }

                position++;
                return value.ToString();
            }

            value.Append(filter[position]);
            position++;
        }

        return null;
    }

    private static bool TryTake(string text, ref int position, string word)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
        {
            return false;
        }

        position += word.Length;
        return true;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }
}
