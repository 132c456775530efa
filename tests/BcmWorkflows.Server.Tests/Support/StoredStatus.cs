using System.Data.Common;
using BcmWorkflows.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>Reads an instance's status straight from the database, for the moments between two hosts.</summary>
public static class StoredStatus
{
    public static async Task<string?> OfAsync(TestDatabase database, string instanceId)
    {
        await using DbConnection connection = database.IsPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Status" FROM workflow_instances WHERE "Id" = @id""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = instanceId;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync() as string;
    }
}
