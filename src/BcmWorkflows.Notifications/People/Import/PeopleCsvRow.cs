namespace BcmWorkflows.Notifications.People.Import;

/// <summary>A data row of a people CSV: its spreadsheet row number and the cells of the columns the file has, by column name.</summary>
public sealed record PeopleCsvRow(int Row, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell of <paramref name="column"/>; null when the file has no such column.</summary>
    public string? Cell(string column) => Cells.TryGetValue(column, out var value) ? value.Trim() : null;

    public bool Has(string column) => Cells.ContainsKey(column);
}
