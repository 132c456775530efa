using BcmWorkflows.Data.Tests.Support;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;

namespace BcmWorkflows.Data.Tests.Definitions;

public abstract class TriggerAndSnapshotTests(DatabaseFixture fixture)
{
    private static string NewId() => $"trg-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Publish_indexes_the_published_versions_triggers_and_retract_removes_them()
    {
        await using var host = fixture.Host();
        var id = NewId();
        var eventName = $"evt-{id}";
        var published = await host.DefinitionsAsync(async d =>
        {
            await d.SaveDraftAsync(host.Parse(Workflows.Simple(id, eventTrigger: eventName, cron: "0 0 7 * * ?")), "ann", default);
            return await d.PublishAsync(id, "ann", default);
        });
        Assert.Equal(["Event", "Cron"], published!.Triggers.Select(t => t.Type));
        Assert.Equal([id], await TriggeredAsync(host, eventName));
        var cron = (await host.DefinitionsAsync(d => d.PublishedCronTriggersAsync(default))).Single(t => t.DefinitionId == id);
        Assert.Equal(("0 0 7 * * ?", 1, 1), (cron.CronExpression, cron.Index, cron.Version));

        // A draft with other triggers changes nothing until it is published.
        await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, eventTrigger: $"{eventName}-2")), "ann", default));
        Assert.Equal([id], await TriggeredAsync(host, eventName));
        await host.DefinitionsAsync(d => d.PublishAsync(id, "ann", default));
        Assert.Empty(await TriggeredAsync(host, eventName));
        Assert.Equal([id], await TriggeredAsync(host, $"{eventName}-2"));
        Assert.DoesNotContain(await host.DefinitionsAsync(d => d.PublishedCronTriggersAsync(default)), t => t.DefinitionId == id);

        await host.DefinitionsAsync(d => d.RetractAsync(id, "ann", default));
        Assert.Empty(await TriggeredAsync(host, $"{eventName}-2"));
    }

    [Fact]
    public async Task An_instance_keeps_its_snapshot_when_the_draft_it_started_on_is_overwritten()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.WaitForEvent(id)), "ann", default));
        var run = await host.StartAsync(id, version: 1);
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        var snapshotId = (await host.InstanceAsync(run.InstanceId)).SnapshotId;

        await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "Rewritten")), "ann", default));
        var latest = await host.WithAsync<IWorkflowSnapshotStore, WorkflowSnapshot?>(s => s.FindAsync(id, 1, default));
        Assert.NotEqual(snapshotId, latest!.SnapshotId);
        Assert.Equal("Rewritten", latest.Definition.Name);

        // A new host: nothing cached in this process may hide what the database holds.
        await using var fresh = fixture.Host();
        var old = await fresh.WithAsync<IWorkflowSnapshotStore, WorkflowSnapshot?>(s => s.GetAsync(snapshotId, default));
        Assert.Equal("Wait", old!.Definition.Name);
        await fresh.Runtime.RaiseEventAsync($"ev-{id}", null, null);
        Assert.Equal("Finished", (await fresh.InstanceAsync(run.InstanceId)).Status);
        Assert.Contains(await fresh.JournalAsync(run.InstanceId), j => j.Message == "got it");
    }

    [Fact]
    public async Task Import_creates_updates_or_leaves_a_definition_unchanged()
    {
        await using var host = fixture.Host();
        var id = NewId();
        Assert.Equal(ImportOutcome.Created, await host.DefinitionsAsync(d => d.ImportAsync(host.Parse(Workflows.Simple(id)), "system", default)));
        Assert.Equal(ImportOutcome.Unchanged, await host.DefinitionsAsync(d => d.ImportAsync(host.Parse(Workflows.Simple(id)), "system", default)));
        Assert.Equal(ImportOutcome.Updated, await host.DefinitionsAsync(d => d.ImportAsync(host.Parse(Workflows.Simple(id, logMessage: "changed")), "system", default)));
        var versions = (await host.DefinitionsAsync(d => d.VersionsAsync(id, default)))!;
        Assert.Equal([(1, false, false), (2, true, true)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));

        // A coordinator retracted it: the unchanged file leaves it retracted ("untouched otherwise").
        await host.DefinitionsAsync(d => d.RetractAsync(id, "ann", default));
        Assert.Equal(ImportOutcome.Unchanged, await host.DefinitionsAsync(d => d.ImportAsync(host.Parse(Workflows.Simple(id, logMessage: "changed")), "system", default)));
        Assert.Null(await host.DefinitionsAsync(d => d.GetAsync(id, "published", default)));
    }

    [Fact]
    public async Task Concurrent_imports_of_the_same_file_import_it_once()
    {
        await using var host = fixture.Host();
        var id = NewId();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            host.DefinitionsAsync(d => d.ImportAsync(host.Parse(Workflows.Simple(id)), "system", default)))));
        Assert.Single(outcomes, o => o == ImportOutcome.Created);
        Assert.Equal(5, outcomes.Count(o => o == ImportOutcome.Unchanged));
        Assert.Single((await host.DefinitionsAsync(d => d.VersionsAsync(id, default)))!);
    }

    private static Task<IReadOnlyList<string>> TriggeredAsync(DataHost host, string eventName) =>
        host.WithAsync<IWorkflowSnapshotStore, IReadOnlyList<string>>(s => s.FindTriggeredByEventAsync(eventName, default));
}

public sealed class SqliteTriggerAndSnapshotTests(SqliteFixture fixture) : TriggerAndSnapshotTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresTriggerAndSnapshotTests(PostgresFixture fixture) : TriggerAndSnapshotTests(fixture), IClassFixture<PostgresFixture>;
