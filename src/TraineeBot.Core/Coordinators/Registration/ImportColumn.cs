using System.Text;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>The columns an import file may have.</summary>
public enum ImportColumn
{
    Name,
    Email,
    BirthYear,
    Gender,
    Department,
    SupportNeeds,
    Workplace,
    Supervisor,
    SupervisorEmail,
    Kind,
    Start,
    End,
    Role,
}

/// <summary>The header names accepted for each column, Swedish and English (<c>docs/coordinators/import.md</c>).</summary>
public static class ImportColumns
{
    private static readonly Dictionary<string, ImportColumn> ByHeader = Build(
        (ImportColumn.Name, ["namn", "name", "trainee"]),
        (ImportColumn.Email, ["e-post", "epost", "email", "e-mail", "mejl", "mail"]),
        (ImportColumn.BirthYear, ["födelseår", "birth_year", "birthyear", "year_of_birth"]),
        (ImportColumn.Gender, ["kön", "gender"]),
        (ImportColumn.Department, ["förvaltning", "hemförvaltning", "department", "home_department"]),
        (ImportColumn.SupportNeeds, ["stödbehov", "support_needs", "support"]),
        (ImportColumn.Workplace, ["arbetsplats", "workplace"]),
        (ImportColumn.Supervisor, ["handledare", "supervisor", "handledare_namn", "supervisor_name"]),
        (ImportColumn.SupervisorEmail, ["handledare_epost", "handledare_e-post", "handledare_email", "handledare_mejl", "supervisor_email", "supervisor_e-mail"]),
        (ImportColumn.Kind, ["typ", "kind", "type"]),
        (ImportColumn.Start, ["start", "startdatum", "start_date"]),
        (ImportColumn.End, ["slut", "slutdatum", "end", "end_date"]),
        (ImportColumn.Role, ["roll", "role", "befattning"]));

    /// <summary>The column a header names; null when none. Case, spaces, hyphens and å/ä/ö are forgiven.</summary>
    public static ImportColumn? Of(string header) =>
        ByHeader.TryGetValue(Normalize(header), out var column) ? column : null;

    /// <summary>Lower case, å/ä→a, ö→o, spaces and hyphens → underscore (so "Handledare e-post" is handledare_e_post).</summary>
    internal static string Normalize(string header)
    {
        var text = new StringBuilder(header.Length);
        foreach (var c in header.Trim().ToLowerInvariant())
        {
            text.Append(c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                ' ' or '-' or '.' => '_',
                _ => c,
            });
        }

        return text.ToString();
    }

    private static Dictionary<string, ImportColumn> Build(params (ImportColumn Column, string[] Names)[] columns)
    {
        var map = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var (column, names) in columns)
        {
            foreach (var name in names)
            {
                map[Normalize(name)] = column;
                map[Normalize(name).Replace("_", string.Empty, StringComparison.Ordinal)] = column;
            }
        }

        return map;
    }
}

/// <summary>One data row as read from the file: its row number (the header is row 1) and its trimmed values by column.</summary>
public sealed record ImportRow(int RowNumber, IReadOnlyDictionary<ImportColumn, string> Values)
{
    /// <summary>The value, or null when the column is absent or the cell empty.</summary>
    public string? this[ImportColumn column] =>
        Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>A read file: its rows, the header as written (for messages), and problems with the file as a whole.</summary>
public sealed record ImportFile(IReadOnlyList<ImportRow> Rows, IReadOnlyDictionary<ImportColumn, string> Headers, IReadOnlyList<(int RowNumber, ImportProblem Problem)> Problems);
