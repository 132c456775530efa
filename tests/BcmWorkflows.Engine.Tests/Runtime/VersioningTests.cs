using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Runtime;

/// <summary>An instance always continues on the exact definition version it started on.</summary>
public sealed class VersioningTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private static Flow Version(string label) => new Flow("versioned")
        .Log("before", $"{label} before").Wait("wait", "go").Log("after", $"{label} after")
        .Chain("before", "wait").Connect("wait", "Received", "after");

    [Fact]
    public async Task An_instance_started_on_v1_keeps_running_v1_after_v2_is_published()
    {
        _host.Publish(Version("v1"), version: 1);
        var old = await _host.StartAsync("versioned");
        _host.Publish(Version("v2"), version: 2);
        var current = await _host.StartAsync("versioned");

        await _host.RaiseAsync("go");

        Assert.Equal((1, 2), (old.DefinitionVersion, current.DefinitionVersion));
        Assert.Equal(["v1 before", "v1 after"], Messages(old.InstanceId));
        Assert.Equal(["v2 before", "v2 after"], Messages(current.InstanceId));
        Assert.Equal("versioned@1", _host.Instance(old.InstanceId).SnapshotId);
    }

    [Fact]
    public async Task An_instance_keeps_its_version_when_v2_removes_the_activity_it_waits_on()
    {
        _host.Publish(Version("v1"), version: 1);
        var old = await _host.StartAsync("versioned");
        _host.Publish(new Flow("versioned").Log("only", "v2 has no wait"), version: 2);

        await _host.RaiseAsync("go");

        Assert.Equal(WorkflowStatus.Finished, _host.Instance(old.InstanceId).Status);
        Assert.Equal(["v1 before", "v1 after"], Messages(old.InstanceId));
    }

    [Fact]
    public async Task A_specific_version_can_be_started()
    {
        _host.Publish(Version("v1"), version: 1);
        _host.Publish(Version("v2"), version: 2);

        var run = await _host.Runtime.StartAsync(new StartWorkflowRequest("versioned") { Version = 1 });

        Assert.Equal(1, run.DefinitionVersion);
        Assert.Equal(["v1 before"], Messages(run.InstanceId));
    }

    private IReadOnlyList<string?> Messages(string instanceId) =>
        _host.Journal(instanceId).Where(j => j.Message is not null).Select(j => j.Message).ToList();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
