using System.Globalization;
using System.Text;

namespace BcmWorkflows.Server.Features.Audit;

/// <summary>
/// The trail as RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
/// prefixed with an apostrophe: an auditor opens this in Excel, and a person's name or an SMS reply is user input.
/// </summary>
public static class AuditCsv
{
    private static readonly string[] Header = ["at", "kind", "action", "actor", "summary", "instanceId", "source", "sourceId"];

    public static string Write(IEnumerable<AuditItem> items)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var i in items)
            AppendRow(csv, [i.At.ToString("O", CultureInfo.InvariantCulture), i.Kind, i.Action, i.Actor, i.Summary, i.InstanceId ?? "", i.Source, i.SourceId]);
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0) csv.Append(',');
            csv.Append(Escape(cells[c]));
        }
        csv.Append("\r\n");
    }

    private static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny("\",\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
