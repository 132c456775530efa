using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>The repository's shipped templates on a SQLite database without overrides, shared by a test class.</summary>
public sealed class ShippedTemplatesFixture : IAsyncLifetime
{
    public TemplatesHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TemplatesHost.StartAsync(TestDatabase.Sqlite, RepoPaths.Templates);

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}
