using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BcmWorkflows.Data;

/// <summary>
/// Per-connection SQLite settings. <c>busy_timeout</c> lets SQLite itself wait (with short sleeps) for the
/// single writer instead of failing or polling coarsely; <c>synchronous=NORMAL</c> is durable enough in
/// WAL mode (a power cut may lose the last commits, never corrupt) and much faster than FULL.
/// WAL itself is a property of the file, set once by <see cref="DependencyInjection.MigrateBcmDatabaseAsync"/>.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

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
