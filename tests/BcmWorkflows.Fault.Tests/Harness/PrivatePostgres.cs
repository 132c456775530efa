using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// A PostgreSQL 15 server of one test's own (<c>initdb</c> + <c>pg_ctl</c> from <c>BCM_PGBIN</c>) on 127.0.0.1 and a free
/// port, so the test may stop and restart it without disturbing the shared test server other tests use. As root the
/// binaries run as the <c>postgres</c> user (initdb and pg_ctl refuse root) and the folder belongs to it. Local socket
/// connections are trusted (to create the role); TCP needs the password of role <c>bcm</c>. Disposing stops the server
/// and deletes its folder.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private PrivatePostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Role <c>bcm</c> (may create databases) on database <c>postgres</c>, over TCP.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=bcm;Password=bcm;Database=postgres";

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The server's own log (start, stop, crash recovery).</summary>
    public string LogFile => Path.Combine(_folder, "server.log");

    private static bool IsRoot => System.Environment.UserName == "root";

    public static PrivatePostgres Start()
    {
        var bin = System.Environment.GetEnvironmentVariable("BCM_PGBIN") is { Length: > 0 } b ? b : "/usr/lib/postgresql/15/bin";
        if (!File.Exists(Path.Combine(bin, "initdb")))
            throw new InvalidOperationException($"No initdb in {bin}: set BCM_PGBIN to the PostgreSQL 15 binaries (scripts/test.sh does).");
        var folder = Directory.CreateTempSubdirectory("bcm-pg-private-").FullName;
        if (IsRoot) Run("chown", "postgres", folder);
        var server = new PrivatePostgres(bin, folder, LoopbackPorts.Free());
        try
        {
            server.AsPostgres("initdb", "-D", server.DataFolder, "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
                "-E", "UTF8", "--locale=C.UTF-8");
            server.StartServer();
            Run(Path.Combine(bin, "psql"), "-h", folder, "-p", server.Port.ToString(), "-U", "postgres", "-d", "postgres", "-qAt",
                "-v", "ON_ERROR_STOP=1", "-c", "CREATE ROLE bcm LOGIN PASSWORD 'bcm' CREATEDB");
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary><c>pg_ctl stop -m fast</c>: open connections are cut, the server is down when this returns.</summary>
    public void Stop() => AsPostgres("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");

    /// <summary>Starts the stopped server again (same port, same data) and returns when it accepts connections.</summary>
    public void StartServer() => AsPostgres("pg_ctl", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c max_connections=200", "start");

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid"))) Stop();
        }
        catch (InvalidOperationException)
        {
            // Not running (or not stoppable): the folder is removed regardless.
        }
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    private void AsPostgres(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        else Run(path, arguments);
    }

    private static void Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }
}
