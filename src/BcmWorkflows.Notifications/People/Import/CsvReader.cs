using System.Text;

namespace BcmWorkflows.Notifications.People.Import;

/// <summary>
/// RFC 4180 CSV: fields separated by a delimiter, records by CRLF, LF or CR; a field in double quotes may hold the
/// delimiter, line breaks and doubled quotes (<c>""</c>). A quote inside an unquoted field is kept as text.
/// Rows are numbered as a spreadsheet shows them: record 1 is the first (the header), a quoted line break does not
/// start a new row, and blank lines count but yield no record.
/// </summary>
public static class CsvReader
{
    /// <summary>The delimiter of a file: <c>;</c> when its first line has semicolons and no commas (spreadsheets in many European locales), else <c>,</c>.</summary>
    public static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? text : text[..end];
        return firstLine.Contains(';') && !firstLine.Contains(',') ? ';' : ',';
    }

    /// <summary>Reads every record; throws <see cref="CsvFormatException"/> on malformed text or more than <paramref name="maxRecords"/> records.</summary>
    public static List<CsvRecord> Read(string text, char delimiter = ',', int maxRecords = int.MaxValue)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, fieldWasQuoted = false;
        var row = 1;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndRecord()
        {
            fields.Add(field.ToString());
            var blank = fields.Count == 1 && fields[0].Length == 0 && !fieldWasQuoted;
            if (!blank)
            {
                if (records.Count >= maxRecords) throw new CsvFormatException(row, $"More than {maxRecords} records.") { TooManyRecords = true };
                records.Add(new CsvRecord(row, fields.ToArray()));
            }
            fields.Clear();
            field.Clear();
            fieldWasQuoted = false;
            row++;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                    continue;
                }
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                    continue;
                }
                inQuotes = false;
                if (i + 1 < text.Length && text[i + 1] != delimiter && text[i + 1] is not ('\r' or '\n'))
                    throw new CsvFormatException(row, $"Text after a closing quote: quote the whole field, with quotes inside it doubled (\"\"), then '{delimiter}'.");
                continue;
            }
            if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                inQuotes = fieldWasQuoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
            }
            else
            {
                field.Append(c);
            }
        }
        if (inQuotes) throw new CsvFormatException(row, "A quoted field is not closed (a missing '\"').");
        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted) EndRecord();
        return records;
    }
}
