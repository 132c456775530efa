using System.Text;

namespace BcmWorkflows.Notifications.People.Import;

/// <summary>
/// The people CSV format: a header row naming the columns (any order, case-insensitive): <c>id</c> (optional; updates
/// that person), <c>name</c> (required), <c>email</c>, <c>phone</c>, <c>language</c>, <c>channels</c>
/// (<c>Sms|Email</c>, <c>Sms;Email</c> or <c>Sms,Email</c> in quotes), <c>orgUnit</c>. UTF-8 (a BOM is fine), comma
/// separated (semicolons when the header uses them). Errors are keyed <c>row N</c> or <c>row N: column</c>, where N
/// is the spreadsheet row: the header is row 1, the first person row 2.
/// </summary>
public static class PeopleCsv
{
    public const string Id = "id", Name = "name", Email = "email", Phone = "phone", Language = "language", Channels = "channels", OrgUnit = "orgUnit";

    public static IReadOnlyList<string> Columns { get; } = [Id, Name, Email, Phone, Language, Channels, OrgUnit];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The error key for a row (and a column): <c>row 3</c>, <c>row 3: phone</c>.</summary>
    public static string Key(int row, string? column = null) => column is null ? $"row {row}" : $"row {row}: {column}";

    /// <summary>Decodes the file as UTF-8; false when it is not (a spreadsheet saved in a legacy code page such as GBK or Windows-1252).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>The data rows of <paramref name="text"/>, or errors (bad CSV, a bad header, a row with a wrong number of cells).</summary>
    public static (List<PeopleCsvRow> Rows, Dictionary<string, string[]> Errors) Parse(string text, int maxRows)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        List<CsvRecord> records;
        try
        {
            records = CsvReader.Read(text, CsvReader.DetectDelimiter(text), maxRows + 1);
        }
        catch (CsvFormatException ex)
        {
            errors[Key(ex.Row)] = [ex.TooManyRecords ? $"The file has more than {maxRows} people: import at most {maxRows} at a time." : ex.Problem];
            return ([], errors);
        }
        if (records.Count == 0)
        {
            errors[Key(1)] = [$"The file is empty: it needs a header row ({string.Join(",", Columns)}) and a row per person."];
            return ([], errors);
        }

        var header = records[0];
        var columns = ReadHeader(header, errors);
        if (errors.Count > 0) return ([], errors);
        if (records.Count == 1) errors[Key(header.Row + 1)] = ["The file has a header but no people."];

        var rows = new List<PeopleCsvRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Count)
            {
                errors[Key(record.Row)] = [$"The row has {record.Fields.Count} cells but the header has {columns.Count} columns."];
                continue;
            }
            var cells = new Dictionary<string, string>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++) cells[columns[i]] = record.Fields[i];
            rows.Add(new PeopleCsvRow(record.Row, cells));
        }
        return (rows, errors);
    }

    /// <summary>Splits a channels cell (<c>Sms|Email</c>, <c>Sms;Email</c>, <c>Sms, Email</c>); an empty cell is null (channels derived from the addresses).</summary>
    public static IReadOnlyList<string>? SplitChannels(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? null : cell.Split(['|', ';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<string> ReadHeader(CsvRecord header, Dictionary<string, string[]> errors)
    {
        var columns = new List<string>(header.Fields.Count);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var given = header.Fields[i].Trim();
            var squeezed = given.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            var column = Columns.FirstOrDefault(c => string.Equals(c, squeezed, StringComparison.OrdinalIgnoreCase));
            if (column is null)
                errors[Key(header.Row, given.Length == 0 ? $"column {i + 1}" : given)] = [$"Unknown column '{given}'; the columns are {string.Join(", ", Columns)}."];
            else if (columns.Contains(column))
                errors[Key(header.Row, column)] = [$"The column {column} appears twice."];
            columns.Add(column ?? "");
        }
        if (!columns.Contains(Name)) errors[Key(header.Row)] = ["The header needs a name column."];
        return columns;
    }
}
