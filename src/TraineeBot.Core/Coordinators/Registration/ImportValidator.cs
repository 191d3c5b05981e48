using System.Globalization;
using System.Net.Mail;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// Checks an import file row by row against itself and what is registered (<see cref="ImportKnown"/>), and reports
/// every problem at once. The rules are in <c>docs/coordinators/import.md</c>.
/// </summary>
public static class ImportValidator
{
    /// <summary>Dates are written as in Swedish Excel: 2027-01-31 (2027-1-31 is forgiven).</summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d"];

    private static readonly ImportColumn[] PlacementColumns =
        [ImportColumn.Workplace, ImportColumn.Supervisor, ImportColumn.SupervisorEmail, ImportColumn.Kind, ImportColumn.Start, ImportColumn.End, ImportColumn.Role];

    public static ImportReport Validate(ImportFile file, ImportKnown known, string language)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(known);
        var rejected = file.Problems.Select(p => new RejectedRow(p.RowNumber, p.Problem, p.Problem.Describe(language))).ToList();
        var accepted = new List<ImportedRow>();
        if (rejected.Count > 0)
        {
            return new ImportReport(accepted, rejected, DryRun: false, Written: false);
        }

        // A supervisor the file names (by name) at a workplace: rows that only give the e-mail may refer to them.
        var namedInFile = new Dictionary<(string, string), string>();
        foreach (var row in file.Rows)
        {
            if (row[ImportColumn.Workplace] is { } workplace && row[ImportColumn.Supervisor] is { } name)
            {
                namedInFile.TryAdd((Key(workplace), SupervisorKey(name, row[ImportColumn.SupervisorEmail])), name);
            }
        }

        var firstRowOfEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in file.Rows)
        {
            var problems = new List<ImportProblem>();
            var imported = Check(row, file, known, namedInFile, firstRowOfEmail, problems);
            if (problems.Count == 0 && imported is not null)
            {
                accepted.Add(imported);
            }

            rejected.AddRange(problems.Select(p => new RejectedRow(row.RowNumber, p, p.Describe(language))));
        }

        return new ImportReport(accepted, rejected, DryRun: false, Written: false);
    }

    /// <summary>A supervisor is known at a workplace by e-mail, or by name when the file gives no e-mail.</summary>
    public static string SupervisorKey(string? name, string? email) =>
        email is not null ? "@" + Key(email) : Key(name ?? string.Empty);

    private static string Key(string text) => text.Trim().ToUpperInvariant();

    private static ImportedRow? Check(
        ImportRow row,
        ImportFile file,
        ImportKnown known,
        Dictionary<(string, string), string> namedInFile,
        Dictionary<string, int> firstRowOfEmail,
        List<ImportProblem> problems)
    {
        string Header(ImportColumn column) => file.Headers.TryGetValue(column, out var header) ? header : column.ToString();

        var name = row[ImportColumn.Name];
        if (name is null)
        {
            problems.Add(new ImportProblem(ImportProblemKind.MissingValue, Header(ImportColumn.Name)));
        }

        var email = row[ImportColumn.Email];
        if (email is null)
        {
            problems.Add(new ImportProblem(ImportProblemKind.MissingValue, Header(ImportColumn.Email)));
        }
        else if (!IsEmail(email))
        {
            problems.Add(new ImportProblem(ImportProblemKind.BadEmail, Header(ImportColumn.Email), email));
        }
        else if (firstRowOfEmail.TryGetValue(email, out var first))
        {
            problems.Add(new ImportProblem(ImportProblemKind.DuplicateInFile, Header(ImportColumn.Email), email, first));
        }
        else
        {
            firstRowOfEmail[email] = row.RowNumber;
            if (known.TraineeEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ImportProblem(ImportProblemKind.AlreadyRegistered, Header(ImportColumn.Email), email));
            }
        }

        int? birthYear = null;
        if (row[ImportColumn.BirthYear] is { } yearText)
        {
            if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099)
            {
                birthYear = year;
            }
            else
            {
                problems.Add(new ImportProblem(ImportProblemKind.BadBirthYear, Header(ImportColumn.BirthYear), yearText));
            }
        }

        var placement = PlacementColumns.Any(c => row[c] is not null) ? CheckPlacement(row, Header, known, namedInFile, problems) : null;
        return problems.Count > 0 || name is null || email is null
            ? null
            : new ImportedRow(row.RowNumber, name, email, birthYear, row[ImportColumn.Gender], row[ImportColumn.Department], row[ImportColumn.SupportNeeds], placement);
    }

    private static ImportedPlacement? CheckPlacement(
        ImportRow row,
        Func<ImportColumn, string> header,
        ImportKnown known,
        Dictionary<(string, string), string> namedInFile,
        List<ImportProblem> problems)
    {
        var before = problems.Count;
        string? Required(ImportColumn column)
        {
            var value = row[column];
            if (value is null)
            {
                problems.Add(new ImportProblem(ImportProblemKind.MissingValue, header(column)));
            }

            return value;
        }

        DateOnly? Date(ImportColumn column)
        {
            if (Required(column) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(new ImportProblem(ImportProblemKind.BadDate, header(column), text));
            return null;
        }

        var workplace = Required(ImportColumn.Workplace);
        var supervisorName = row[ImportColumn.Supervisor];
        var supervisorEmail = row[ImportColumn.SupervisorEmail];
        if (supervisorName is null && supervisorEmail is null)
        {
            problems.Add(new ImportProblem(ImportProblemKind.MissingValue, header(ImportColumn.Supervisor)));
        }
        else if (supervisorEmail is not null && !IsEmail(supervisorEmail))
        {
            problems.Add(new ImportProblem(ImportProblemKind.BadEmail, header(ImportColumn.SupervisorEmail), supervisorEmail));
        }

        PlacementKind? kind = Required(ImportColumn.Kind) switch
        {
            null => null,
            var text => ImportKinds.Parse(text) ?? Unknown(text),
        };
        PlacementKind? Unknown(string text)
        {
            problems.Add(new ImportProblem(ImportProblemKind.UnknownKind, header(ImportColumn.Kind), text));
            return null;
        }

        var start = Date(ImportColumn.Start);
        var end = Date(ImportColumn.End);
        if (kind is { } k && start is { } s && end is { } e
            && PlacementRules.Check(new NewPlacement(Guid.Empty, Guid.Empty, Guid.Empty, k, s, e)) is { } rule)
        {
            problems.Add(new ImportProblem(ImportProblemKind.PlacementRule, Rule: rule));
        }

        if (problems.Count > before || workplace is null || kind is null || start is null || end is null)
        {
            return null;
        }

        // The workplace by name; the supervisor at it by e-mail (or by name without one); else a new one when the file names them.
        var registered = known.Workplaces.FirstOrDefault(w => Key(w.Name) == Key(workplace));
        var supervisorKey = SupervisorKey(supervisorName, supervisorEmail);
        var existing = registered?.Supervisors.FirstOrDefault(s => SupervisorKey(s.Name, supervisorEmail is null ? null : s.Email) == supervisorKey);
        var newName = existing is null && namedInFile.TryGetValue((Key(workplace), supervisorKey), out var named) ? named : null;
        if (existing is null && newName is null)
        {
            problems.Add(new ImportProblem(ImportProblemKind.UnknownSupervisor, header(ImportColumn.SupervisorEmail), supervisorEmail ?? supervisorName));
            return null;
        }

        return new ImportedPlacement(
            registered?.Name ?? workplace, registered?.Id, existing?.Name ?? newName, existing?.Email ?? supervisorEmail, existing?.Id, kind.Value, start.Value, end.Value, row[ImportColumn.Role]);
    }

    internal static bool IsEmail(string text) =>
        !text.Any(char.IsWhiteSpace) && MailAddress.TryCreate(text, out var address) && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.');
}

/// <summary>The placement kinds as written in a file: intern/internal, extern/external.</summary>
public static class ImportKinds
{
    public static PlacementKind? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "intern" or "internal" => PlacementKind.Internal,
        "extern" or "external" => PlacementKind.External,
        _ => null,
    };
}
