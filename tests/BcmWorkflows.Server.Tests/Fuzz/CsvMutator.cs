using System.Text;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>Valid people CSV files and mutations of them: broken quoting, wrong cell counts, bad values, odd encodings.</summary>
public static class CsvMutator
{
    private static readonly string[] Header = ["name", "email", "phone", "language", "channels", "orgUnit"];

    /// <summary>A valid file of one to five new people (unique emails from <paramref name="serial"/>).</summary>
    public static List<List<string>> Valid(Random random, int serial)
    {
        var rows = new List<List<string>> { Header.ToList() };
        for (var i = random.Next(1, 6); i > 0; i--)
            rows.Add([$"Fuzz {serial}-{i}", $"fuzz.{serial + 1}.{i}@example.org", $"+49151{(serial + 1) % 100_000:00000}{i:000}", "en", "Sms|Email", "Ops"]);
        return rows;
    }

    public static string Serialize(List<List<string>> rows, string delimiter, string newline) =>
        string.Join(newline, rows.Select(r => string.Join(delimiter, r)));

    /// <summary>The file as a <c>text/csv</c> body.</summary>
    public static ByteArrayContent Content(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>The mutated file's bytes and what was done.</summary>
    public static (byte[] Bytes, string Mutation) Mutate(List<List<string>> rows, Random random)
    {
        var row = rows[random.Next(rows.Count)];
        var cell = random.Next(row.Count);
        string mutation;
        switch (random.Next(10))
        {
            case 0: row.RemoveAt(cell); mutation = "drop cell"; break;
            case 1: row.Add(FuzzText.Any(random)); mutation = "extra cell"; break;
            case 2: row[cell] = FuzzText.Any(random); mutation = "hostile cell"; break;
            case 3: row[cell] = FuzzText.Pick(random, ["not-an-email", "+", "xx", "Fax", "Sms|Pigeon", "@", "0", "zh-TW", "a@b", "  "]); mutation = "bad value"; break;
            case 4: rows[0][random.Next(rows[0].Count)] = FuzzText.Pick(random, ["NAME", "id", "name", "", "e-mail", "\uFEFFname"]); mutation = "header"; break;
            case 5: rows.Insert(1, [.. rows[0]]); mutation = "header twice"; break;
            case 6: row[cell] = "\"" + row[cell]; mutation = "open quote"; break;
            case 7: rows.Add(["id", "x"]); rows[0].Insert(0, "id"); mutation = "unknown id"; break;
            case 8: row[cell] = FuzzText.Huge(random); mutation = "huge cell"; break;
            default: rows.RemoveRange(1, rows.Count - 1); mutation = "header only"; break;
        }
        var delimiter = random.Next(8) == 0 ? ";" : ",";
        var text = Serialize(rows, delimiter, random.Next(2) == 0 ? "\n" : "\r\n");
        var bytes = Encoding.UTF8.GetBytes(text);
        switch (random.Next(8))
        {
            case 0: return ([.. Encoding.UTF8.GetPreamble(), .. bytes], mutation + "+bom");
            case 1: return (Encoding.Latin1.GetBytes(text), mutation + "+latin1");
            case 2: return (bytes[..random.Next(bytes.Length + 1)], mutation + "+truncate");
            case 3:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(128, 256);
                return (bytes, mutation + "+byte");
            default: return (bytes, mutation);
        }
    }
}
