using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BcmWorkflows.Bench.Durable;

/// <summary>pgbench's single-row INSERT rate on the same server with the same clients: the commit floor.</summary>
public static partial class PgBench
{
    public static async Task<double> InsertRateAsync(BenchPostgres database, int clients, int seconds)
    {
        var bin = Environment.GetEnvironmentVariable("BCM_PGBIN") ?? "/usr/lib/postgresql/15/bin";
        var parts = database.Parts;
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, "INSERT INTO bench_insert (v) VALUES (1);\n");
        try
        {
            await RunAsync(Path.Combine(bin, "psql"), parts, $"-q -c \"CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, v int)\"");
            var output = await RunAsync(Path.Combine(bin, "pgbench"), parts, $"-n -c {clients} -j {clients} -T {seconds} -f {script}");
            var match = Tps().Match(output);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"No tps in pgbench output:\n{output}");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static async Task<string> RunAsync(string program, Npgsql.NpgsqlConnectionStringBuilder parts, string arguments)
    {
        var start = new ProcessStartInfo(program, $"-h {parts.Host} -p {parts.Port} -U {parts.Username} {arguments} {parts.Database}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = parts.Password;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {await stderr}");
        return await stdout + await stderr;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
