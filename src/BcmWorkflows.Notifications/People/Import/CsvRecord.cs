namespace BcmWorkflows.Notifications.People.Import;

/// <summary>One record of a CSV file: its row (as a spreadsheet numbers it: the header is row 1) and its fields.</summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);
