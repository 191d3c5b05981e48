using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TraineeBot.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: durable with WAL at synchronous=NORMAL (a commit survives a process crash; only an
/// OS crash can lose the last transactions), and writers wait for each other instead of failing with SQLITE_BUSY.
/// Reads are memory-mapped (up to 256 MB): the status overview reads thousands of rows scattered over the file, and
/// mapped pages are shared with the OS cache instead of copied into each connection's small page cache
/// (docs/performance.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA mmap_size=268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
