namespace BcmWorkflows.Notifications.People.Import;

/// <summary>The text is not well-formed CSV at <see cref="Row"/> (an unclosed quote, text after a closing quote, too many rows).</summary>
public sealed class CsvFormatException(int row, string problem) : Exception($"Row {row}: {problem}")
{
    public int Row { get; } = row;
    public string Problem { get; } = problem;

    /// <summary>True when the text is well-formed but has more records than the reader was allowed to read.</summary>
    public bool TooManyRecords { get; init; }
}
