namespace TraineeBot.Graph;

/// <summary>Quoting of user input inside OData query options, so that a name with quotes stays a name.</summary>
internal static class ODataText
{
    /// <summary>A string literal for <c>$filter</c>: single quotes, a quote inside doubled (OData ABNF).</summary>
    public static string FilterLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// One <c>$search</c> clause <c>"property:text"</c>; a double quote or backslash inside is escaped with a backslash
    /// (Graph's rule for directory objects). Percent-encoding of the whole value is the HTTP client's job.
    /// </summary>
    public static string SearchClause(string property, string value) =>
        "\"" + property + ":" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
