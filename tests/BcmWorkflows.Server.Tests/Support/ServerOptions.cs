using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>How a test wants its server: a fake clock, its own shipped-workflows folder, extra settings or services.</summary>
public sealed class ServerOptions
{
    public FakeTimeProvider? Clock { get; init; }
    public string? WorkflowsPath { get; init; }
    public Dictionary<string, string?> Settings { get; init; } = [];
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>A fake clock that starts at the real time (so tokens, cookies and keys made with it look current).</summary>
    public static FakeTimeProvider NewClock() => new(DateTimeOffset.UtcNow);
}
