namespace BcmWorkflows.Notifications.People.Import;

/// <summary>The text is not well-formed CSV at <see cref="Row"/> (an unclosed quote, text after a closing quote, too many rows).</summary>
public sealed class CsvFormatException(int row, string problem) : Exception($"Row {row}: {problem}")
{
    public int Row { get; } = row;
    public string Problem { get; } = problem;
}
