using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Security.Tampering;

/// <summary>
/// Every row of every table of the bot's database, as text, so that two fingerprints differ exactly when something was
/// written. Allowed to change (and left out): the audit log and any denial log (<c>AuditEntries</c>, tables whose name
/// contains <c>Denial</c>), the processed-activity dedup rows (<c>ProcessedActivities</c>), and the contact bookkeeping
/// every turn updates (<c>Users.LastSeenUtc</c>, <c>ConversationReferences.UpdatedUtc</c>).
/// </summary>
internal sealed record DatabaseFingerprint(IReadOnlyDictionary<string, IReadOnlyList<string>> Tables)
{
    private static readonly HashSet<string> AllowedTables = new(StringComparer.OrdinalIgnoreCase)
    {
        "AuditEntries", "ProcessedActivities", "__EFMigrationsHistory",
    };

    private static readonly HashSet<string> AllowedColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Users.LastSeenUtc", "ConversationReferences.UpdatedUtc",
    };

    public int Rows => Tables.Values.Sum(rows => rows.Count);

    public static async Task<DatabaseFingerprint> TakeAsync(TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !AllowedTables.Contains(n) && !n.Contains("Denial", StringComparison.OrdinalIgnoreCase)))
        {
            tables[name] = await RowsAsync(connection, name);
        }

        return new DatabaseFingerprint(tables);
    }

    /// <summary>The tables whose rows differ, with how many rows were added, removed or changed.</summary>
    public IReadOnlyList<string> Changes(DatabaseFingerprint after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        foreach (var table in Tables.Keys.Union(after.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var before = Tables.GetValueOrDefault(table) ?? [];
            var now = after.Tables.GetValueOrDefault(table) ?? [];
            var added = now.Except(before, StringComparer.Ordinal).Count();
            var removed = before.Except(now, StringComparer.Ordinal).Count();
            if (added + removed > 0)
            {
                changes.Add($"{table} (+{added} -{removed})");
            }
        }

        return changes;
    }

    private static async Task<IReadOnlyList<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (AllowedColumns.Contains($"{table}.{reader.GetName(i)}"))
                {
                    continue;
                }

                var value = reader.GetValue(i);
                row.Append(reader.GetName(i)).Append('=').Append(value switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    DBNull => "null",
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                }).Append('|');
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
