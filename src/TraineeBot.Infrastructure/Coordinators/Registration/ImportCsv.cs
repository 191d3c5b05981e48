using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TraineeBot.Core.Coordinators.Registration;

namespace TraineeBot.Infrastructure.Coordinators.Registration;

/// <summary>
/// Reads an import file (<c>docs/coordinators/import.md</c>): a header row, then one row per trainee; separated by
/// <c>;</c> (Swedish Excel) or <c>,</c> (whichever the header has more of), an optional UTF-8 BOM, fields trimmed,
/// quoted fields may hold the separator, quotes and line breaks. Empty rows are skipped.
/// </summary>
internal static class ImportCsv
{
    public static ImportFile Read(string? text)
    {
        var problems = new List<(int, ImportProblem)>();
        var rows = new List<ImportRow>();
        var headers = new Dictionary<ImportColumn, string>();
        text = (text ?? string.Empty).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(new ImportProblem(ImportProblemKind.EmptyFile), 0);
        }

        var badRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Separator(text),
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => badRows.Add(args.Context.Parser?.Row ?? 0),
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        ImportColumn?[]? columns = null;
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue; // ;;;; as Excel writes an empty row
            }

            if (columns is null)
            {
                columns = Header(record, parser.Row, headers, problems);
                continue;
            }

            if (badRows.Contains(parser.Row) || record.Length > columns.Length && record.Skip(columns.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                problems.Add((parser.Row, new ImportProblem(ImportProblemKind.UnreadableRow, Value: Shorten(parser.RawRecord))));
                continue;
            }

            var values = new Dictionary<ImportColumn, string>();
            for (var i = 0; i < record.Length && i < columns.Length; i++)
            {
                if (columns[i] is { } column)
                {
                    values[column] = record[i].Trim();
                }
            }

            rows.Add(new ImportRow(parser.Row, values));
        }

        if (columns is null)
        {
            return Fail(new ImportProblem(ImportProblemKind.EmptyFile), 0);
        }

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add((0, new ImportProblem(ImportProblemKind.NoRows)));
        }

        return new ImportFile(rows, headers, problems);

        ImportFile Fail(ImportProblem problem, int row) => new([], headers, [(row, problem)]);
    }

    /// <summary><c>;</c> when the first line has more semicolons than commas (outside quotes), else <c>,</c>.</summary>
    internal static string Separator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons > commas ? ";" : ",";
    }

    private static ImportColumn?[] Header(string[] record, int row, Dictionary<ImportColumn, string> headers, List<(int, ImportProblem)> problems)
    {
        var columns = new ImportColumn?[record.Length];
        for (var i = 0; i < record.Length; i++)
        {
            var header = record[i].Trim();
            if (header.Length == 0)
            {
                continue; // Excel's trailing empty columns
            }

            if (ImportColumns.Of(header) is not { } column)
            {
                problems.Add((row, new ImportProblem(ImportProblemKind.UnknownColumn, header)));
            }
            else if (!headers.TryAdd(column, header))
            {
                problems.Add((row, new ImportProblem(ImportProblemKind.DuplicateColumn, header)));
            }
            else
            {
                columns[i] = column;
            }
        }

        foreach (var required in new[] { ImportColumn.Name, ImportColumn.Email })
        {
            if (!headers.ContainsKey(required))
            {
                problems.Add((row, new ImportProblem(ImportProblemKind.MissingColumn, required == ImportColumn.Name ? "namn/name" : "e-post/email")));
            }
        }

        return columns;
    }

    private static string Shorten(string? raw)
    {
        var text = (raw ?? string.Empty).Trim();
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
