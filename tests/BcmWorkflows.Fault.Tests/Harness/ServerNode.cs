using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// One real server process (<c>dotnet BcmWorkflows.Server.dll</c>, built beside this project in the same configuration)
/// on 127.0.0.1 and a port of its own, configured only through environment variables. Its stdout and stderr go to
/// <c>TestResults/fault/&lt;name&gt;-&lt;run&gt;.log</c>, one file per start, for post-mortems. <see cref="Kill"/> is SIGKILL
/// (no shutdown hooks run); the port stays the same across restarts, so clients and links keep working.
/// </summary>
public sealed class ServerNode : IDisposable
{
    private Process? _process;
    private int _starts;

    public ServerNode(string name, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        Environment = new Dictionary<string, string>(environment);
        Port = LoopbackPorts.Free();
        Url = new Uri($"http://127.0.0.1:{Port}");
    }

    public string Name { get; }

    /// <summary>The environment variables of the process (read at each start).</summary>
    public Dictionary<string, string> Environment { get; }

    public int Port { get; }

    public Uri Url { get; }

    /// <summary>Whether the process was started and has not exited.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The log file of the latest start.</summary>
    public string LogFile => Path.Combine(LogFolder, $"{Name}-{_starts}.log");

    /// <summary><c>TestResults/fault/</c> at the repository root.</summary>
    public static string LogFolder { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults", "fault")).FullName;

    /// <summary>The server built in the configuration these tests were built in (Debug or Release).</summary>
    public static string ServerDll
    {
        get
        {
            // .../tests/BcmWorkflows.Fault.Tests/bin/<Configuration>/net10.0/
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "src", "BcmWorkflows.Server", "bin", configuration, framework.Name, "BcmWorkflows.Server.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"No server at {dll}: build tests/BcmWorkflows.Fault.Tests (it builds the server).");
        }
    }

    /// <summary>Starts the process and waits until <c>GET /health</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning) throw new InvalidOperationException($"{Name} is already running.");
        _starts++;
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ServerDll, "--urls", Url.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(ServerDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Environment) info.Environment[key] = value;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var log = new StreamWriter(LogFile, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => Write(log, $"[harness] process exited ({ExitCodeOf(process)})");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilHealthyAsync(timeout ?? TimeSpan.FromSeconds(90));
    }

    /// <summary>SIGKILL to the process and its children: nothing gets to finish, flush or say goodbye.</summary>
    public void Kill()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process is null || _process.HasExited)
                throw new InvalidOperationException($"{Name} exited during start-up; see {LogFile}.");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer /health within {timeout}; see {LogFile}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try { log.WriteLine(line); }
            catch (ObjectDisposedException) { }
        }
    }

    private static string ExitCodeOf(Process process)
    {
        try { return $"exit code {process.ExitCode}"; }
        catch (InvalidOperationException) { return "exit code unknown"; }
    }
}
