using BcmWorkflows.Data.Tests.Support;

namespace BcmWorkflows.Data.Tests.Definitions;

public abstract class DefinitionVersioningTests(DatabaseFixture fixture)
{
    private static string NewId() => $"def-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task A_new_id_becomes_draft_version_1()
    {
        await using var host = fixture.Host();
        var id = NewId();
        var saved = await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id)), "ann", default));
        Assert.Equal(new SaveDraftResult(id, 1, true, false, true), saved);
        var versions = await host.DefinitionsAsync(d => d.VersionsAsync(id, default));
        var only = Assert.Single(versions!);
        Assert.Equal((1, true, false, "ann"), (only.Version, only.IsLatest, only.IsPublished, only.CreatedBy));
    }

    [Fact]
    public async Task Saving_over_a_draft_overwrites_it()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "First")), "ann", default));
        var saved = await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "Second")), "bob", default));
        Assert.Equal(new SaveDraftResult(id, 1, true, false, false), saved);
        Assert.Single((await host.DefinitionsAsync(d => d.VersionsAsync(id, default)))!);
        var latest = await host.DefinitionsAsync(d => d.GetAsync(id, "latest", default));
        Assert.Equal("Second", latest!.Name);
        Assert.Equal("ann", latest.CreatedBy);
    }

    [Fact]
    public async Task Saving_after_publish_forks_a_new_draft_version()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, "V1"));
        var saved = await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "V2")), "bob", default));
        Assert.Equal(new SaveDraftResult(id, 2, true, false, false), saved);
        Assert.Equal("V1", (await host.DefinitionsAsync(d => d.GetAsync(id, "published", default)))!.Name);
        Assert.Equal("V2", (await host.DefinitionsAsync(d => d.GetAsync(id, "latest", default)))!.Name);
        Assert.Equal("V1", (await host.DefinitionsAsync(d => d.GetAsync(id, "1", default)))!.Name);
    }

    [Fact]
    public async Task Publish_moves_the_published_flag_to_the_latest_version()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, "V1"));
        await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "V2")), "bob", default));
        var published = await host.DefinitionsAsync(d => d.PublishAsync(id, "bob", default));
        Assert.Equal(2, published!.Version);
        var versions = (await host.DefinitionsAsync(d => d.VersionsAsync(id, default)))!;
        Assert.Equal([(1, false, false), (2, true, true)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));

        var again = await host.DefinitionsAsync(d => d.PublishAsync(id, "bob", default));
        Assert.Equal(2, again!.Version);
        Assert.Null(await host.DefinitionsAsync(d => d.PublishAsync("no-such-definition", "bob", default)));
    }

    [Fact]
    public async Task Retract_leaves_nothing_published()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id));
        Assert.True(await host.DefinitionsAsync(d => d.RetractAsync(id, "ann", default)));
        Assert.Null(await host.DefinitionsAsync(d => d.GetAsync(id, "published", default)));
        var summary = (await host.DefinitionsAsync(d => d.ListAsync(default))).Single(s => s.DefinitionId == id);
        Assert.Null(summary.PublishedVersion);
        Assert.False(await host.DefinitionsAsync(d => d.RetractAsync("no-such-definition", "ann", default)));
    }

    [Fact]
    public async Task Revert_copies_an_old_version_forward_as_a_new_draft()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, "V1"));
        await host.PublishAsync(Workflows.Simple(id, "V2"));
        var reverted = await host.DefinitionsAsync(d => d.RevertAsync(id, 1, "cid", default));
        Assert.Equal(new SaveDraftResult(id, 3, true, false, false), reverted);
        var latest = (await host.DefinitionsAsync(d => d.GetAsync(id, "latest", default)))!;
        Assert.Equal(("V1", 3, true, false, "cid"), (latest.Name, latest.Version, latest.IsLatest, latest.IsPublished, latest.CreatedBy));
        Assert.Equal(2, (await host.DefinitionsAsync(d => d.GetAsync(id, "published", default)))!.Version);
        Assert.Null(await host.DefinitionsAsync(d => d.RevertAsync(id, 9, "cid", default)));
        Assert.Null(await host.DefinitionsAsync(d => d.RevertAsync("no-such-definition", 1, "cid", default)));
    }

    [Fact]
    public async Task Server_owned_fields_are_ignored_on_input_and_filled_on_output()
    {
        await using var host = fixture.Host();
        var id = NewId();
        var definition = host.Parse(Workflows.Simple(id));
        (definition.Version, definition.IsLatest, definition.IsPublished, definition.CreatedBy) = (42, false, true, "mallory");
        definition.CreatedAt = DateTimeOffset.UnixEpoch;
        await host.DefinitionsAsync(d => d.SaveDraftAsync(definition, "ann", default));

        var stored = (await host.DefinitionsAsync(d => d.GetAsync(id, "latest", default)))!;
        Assert.Equal((1, true, false, "ann", host.Clock.GetUtcNow()),
            (stored.Version, stored.IsLatest, stored.IsPublished, stored.CreatedBy, stored.CreatedAt));
        var json = await host.DbAsync(db => Task.FromResult(db.WorkflowSnapshots.Single(s => s.DefinitionId == id).Json));
        Assert.DoesNotContain("mallory", json, StringComparison.Ordinal);
        Assert.Null(await host.DefinitionsAsync(d => d.GetAsync(id, "published", default)));
        Assert.Null(await host.DefinitionsAsync(d => d.GetAsync(id, "nonsense", default)));
        Assert.Null(await host.DefinitionsAsync(d => d.VersionsAsync("no-such-definition", default)));
    }

    [Fact]
    public async Task List_describes_each_definition_by_its_latest_version()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, "V1"));
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "V2")), "bob", default));
        var summary = (await host.DefinitionsAsync(d => d.ListAsync(default))).Single(s => s.DefinitionId == id);
        Assert.Equal(new DefinitionSummary(id, "V2", null, 2, 1, host.Clock.GetUtcNow(), "bob"), summary);
    }

    [Fact]
    public async Task Concurrent_saves_never_duplicate_versions()
    {
        await using var host = fixture.Host();
        var id = NewId();
        await host.PublishAsync(Workflows.Simple(id, "V1"));
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, $"Draft {i}")), "ann", default)))));
        Assert.All(results, r => Assert.Equal(2, r.Version));
        var versions = (await host.DefinitionsAsync(d => d.VersionsAsync(id, default)))!;
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Single(versions, v => v.IsLatest);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await host.DefinitionsAsync(d => d.PublishAsync(id, "ann", default));
            await host.DefinitionsAsync(d => d.SaveDraftAsync(host.Parse(Workflows.Simple(id, "again")), "ann", default));
        })));
        versions = (await host.DefinitionsAsync(d => d.VersionsAsync(id, default)))!;
        Assert.Equal(Enumerable.Range(1, versions.Count), versions.Select(v => v.Version));
        Assert.Single(versions, v => v.IsLatest);
        Assert.Single(versions, v => v.IsPublished);
    }
}

public sealed class SqliteDefinitionVersioningTests(SqliteFixture fixture) : DefinitionVersioningTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresDefinitionVersioningTests(PostgresFixture fixture) : DefinitionVersioningTests(fixture), IClassFixture<PostgresFixture>;
