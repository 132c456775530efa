using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace BcmWorkflows.Data;

/// <summary>
/// One table of <see cref="PostgresBurstWriter"/>'s statement: its INSERT for a number of rows and the matching parameters,
/// either one per column and row (<c>VALUES</c>) or one array per column (<c>unnest</c>).
/// </summary>
internal sealed class BurstTable<TRow>(string table, IReadOnlyList<BurstColumn<TRow>> columns, (string Name, string Sql)? constant = null)
{
    /// <summary>The INSERT for <paramref name="shape"/> (null for no rows), numbering parameters from <paramref name="next"/>.</summary>
    public string? Insert(int shape, ref int next)
    {
        if (shape == 0) return null;
        var names = columns.Select(c => $"\"{c.Name}\"").ToList();
        if (constant is { } extra) names.Add($"\"{extra.Name}\"");
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", names)}) ");
        var tail = constant is { } c ? $", {c.Sql}" : "";
        if (shape > 0)
        {
            sql.Append("VALUES ");
            for (var row = 0; row < shape; row++)
            {
                var first = next;
                sql.Append(row == 0 ? "" : ", ").Append('(')
                    .Append(string.Join(", ", columns.Select((_, i) => $"${first + i}"))).Append(tail).Append(')');
                next += columns.Count;
            }
            return sql.ToString();
        }
        var start = next;
        next += columns.Count;
        return sql.Append("SELECT ").Append(string.Join(", ", columns.Select((_, i) => $"c{i}"))).Append(tail)
            .Append(" FROM unnest(").Append(string.Join(", ", columns.Select((column, i) => $"${start + i}::{column.SqlType}[]")))
            .Append(") AS t(").Append(string.Join(", ", columns.Select((_, i) => $"c{i}"))).Append(')').ToString();
    }

    /// <summary>The parameters of <see cref="Insert"/> for these rows, in its order.</summary>
    public void AddParameters(NpgsqlParameterCollection parameters, IReadOnlyList<TRow> rows)
    {
        if (BurstTable.Shape(rows.Count) < 0)
        {
            foreach (var column in columns) parameters.Add(column.Array(rows));
            return;
        }
        foreach (var row in rows)
            foreach (var column in columns) parameters.Add(column.Value(row));
    }
}

internal static class BurstTable
{
    /// <summary>Above this many rows a table's rows go as arrays; it also bounds how many statement shapes get prepared.</summary>
    public const int MaxValueRows = 4;

    /// <summary>0 = no rows, 1..<see cref="MaxValueRows"/> = that many VALUES rows, -1 = arrays.</summary>
    public static int Shape(int rows) => rows <= MaxValueRows ? rows : -1;
}

/// <summary>A column of a <see cref="BurstTable{TRow}"/>: how to read its value from a row.</summary>
internal abstract class BurstColumn<TRow>(string name, string sqlType)
{
    public string Name => name;
    public string SqlType => sqlType;
    public abstract NpgsqlParameter Value(TRow row);
    public abstract NpgsqlParameter Array(IReadOnlyList<TRow> rows);
}

internal sealed class BurstColumn<TRow, TValue>(string name, string sqlType, NpgsqlDbType type, Func<TRow, TValue> read)
    : BurstColumn<TRow>(name, sqlType)
{
    public override NpgsqlParameter Value(TRow row) => new() { NpgsqlDbType = type, Value = (object?)read(row) ?? DBNull.Value };

    public override NpgsqlParameter Array(IReadOnlyList<TRow> rows)
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = read(rows[i]);
        return new() { NpgsqlDbType = type | NpgsqlDbType.Array, Value = values };
    }
}
