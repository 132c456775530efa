using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BcmWorkflows.Data;

/// <summary>
/// Locks and reads an instance on PostgreSQL in one round trip: a batch of
/// <c>pg_advisory_xact_lock</c> and the row's SELECT. The two are separate statements on purpose: under
/// READ COMMITTED each statement takes its own snapshot, so the SELECT, which runs after the lock is
/// granted, sees what the previous holder committed. (A single statement would read a snapshot taken
/// before waiting for the lock.) The BEGIN of the transaction travels with the batch too.
/// </summary>
internal static class PostgresInstanceLoader
{
    private const string SelectInstance = """
        SELECT "Id", "DefinitionId", "DefinitionVersion", "SnapshotId", "Status", "CorrelationId", "ParentInstanceId",
               "CreatedAt", "UpdatedAt", "FinishedAt", "StateJson", "Revision"
        FROM workflow_instances WHERE "Id" = $1
        """;

    public static async Task<IInstanceSession?> BeginAsync(BcmDbContext db, string instanceId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var record = await LockAndReadAsync(db, transaction, instanceId, cancellationToken);
            if (record is null)
            {
                await transaction.DisposeAsync();
                return null;
            }
            return new EfInstanceSession(db, transaction, RecordMapper.ToInstance(record), record.Revision, null);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private static async Task<WorkflowInstanceRecord?> LockAndReadAsync(BcmDbContext db, IDbContextTransaction transaction, string instanceId, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        var lockCommand = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)");
        lockCommand.Parameters.Add(new NpgsqlParameter { Value = AdvisoryLockKey.For(AdvisoryLockKey.Instance, instanceId) });
        var selectCommand = new NpgsqlBatchCommand(SelectInstance);
        selectCommand.Parameters.Add(new NpgsqlParameter { Value = instanceId });
        batch.BatchCommands.Add(lockCommand);
        batch.BatchCommands.Add(selectCommand);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new WorkflowInstanceRecord
        {
            Id = reader.GetString(0),
            DefinitionId = reader.GetString(1),
            DefinitionVersion = reader.GetInt32(2),
            SnapshotId = reader.GetString(3),
            Status = reader.GetString(4),
            CorrelationId = reader.IsDBNull(5) ? null : reader.GetString(5),
            ParentInstanceId = reader.IsDBNull(6) ? null : reader.GetString(6),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(7),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(8),
            FinishedAt = reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
            StateJson = reader.GetString(10),
            Revision = reader.GetInt64(11),
        };
    }
}
