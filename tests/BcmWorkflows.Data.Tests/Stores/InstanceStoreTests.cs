using System.Text.Json.Nodes;
using BcmWorkflows.Data.Tests.Support;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Data.Tests.Stores;

/// <summary>The instance store on its own: sessions, locking, the bookmark index and recorded events.</summary>
public abstract class InstanceStoreTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Parallel_sessions_on_one_instance_run_one_at_a_time()
    {
        await using var host = fixture.Host();
        var instance = await Instances.InsertAsync(host, Instances.New(host.Clock.GetUtcNow()));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await using var session = (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().BeginExistingAsync(instance.Id, default))!;
            var loaded = session.Instance!;
            var n = loaded.State.Variables["n"]!.GetValue<int>();
            await Task.Delay(1);
            loaded.State.Variables["n"] = n + 1;
            await session.SaveAsync(loaded, new BurstChanges(), default);
        })));
        Assert.Equal(20, (await host.StateAsync(instance.Id)).Variables["n"]!.GetValue<int>());
        Assert.Equal(21, (await host.InstanceAsync(instance.Id)).Revision);
    }

    [Fact]
    public async Task A_session_ended_without_saving_rolls_back_and_unlocks()
    {
        await using var host = fixture.Host();
        var instance = await Instances.InsertAsync(host, Instances.New(host.Clock.GetUtcNow()));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
            await using var session = (await store.BeginExistingAsync(instance.Id, default))!;
            await scope.ServiceProvider.GetRequiredService<BcmDbContext>().Database
                .ExecuteSqlAsync($"DELETE FROM workflow_instances WHERE \"Id\" = {instance.Id}");
        }
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
            var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
            await using var session = await store.BeginExistingAsync(instance.Id, timeout);
            Assert.NotNull(session?.Instance);
        }
        await using (var scope = host.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().BeginExistingAsync("no-such-instance", default));
    }

    [Fact]
    public async Task A_revision_changed_under_the_session_is_a_concurrency_conflict()
    {
        await using var host = fixture.Host();
        var instance = await Instances.InsertAsync(host, Instances.New(host.Clock.GetUtcNow()));
        await using var scope = host.Services.CreateAsyncScope();
        await using var session = (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().BeginExistingAsync(instance.Id, default))!;
        // Same connection and transaction as the session: the only writer that can get past the lock.
        await scope.ServiceProvider.GetRequiredService<BcmDbContext>().Database
            .ExecuteSqlAsync($"UPDATE workflow_instances SET \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = {instance.Id}");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveAsync(session.Instance!, new BurstChanges(), default));
    }

    [Fact]
    public async Task Activity_writes_commit_with_the_burst_or_not_at_all()
    {
        await using var host = fixture.Host();
        var id = $"row-{Guid.NewGuid():N}"[..20];
        var marker = $"marker-{id}";
        await host.PublishAsync($$"""
            { "definitionId": "{{id}}", "name": "Row",
              "inputs": [ { "name": "conflict", "type": "Boolean" } ],
              "root": { "type": "Flowchart", "activities": [
                { "id": "add", "type": "TestAddRowInBurst", "inputs": { "marker": { "type": "Literal", "value": "{{marker}}" }, "conflict": { "type": "Scriban", "value": "input.conflict" } } } ],
                "connections": [] } }
            """);
        var ok = await host.StartAsync(id, new JsonObject { ["conflict"] = false });
        Assert.Equal(WorkflowStatus.Finished, ok.Status);
        Assert.Equal(1, await CountAsync(host, marker));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => host.StartAsync(id, new JsonObject { ["conflict"] = true }));
        Assert.Equal(1, await CountAsync(host, marker));
        Assert.Equal(1, await host.DbAsync(db => db.WorkflowInstances.CountAsync(i => i.DefinitionId == id)));
    }

    [Fact]
    public async Task A_new_instance_that_fails_to_save_leaves_no_row_behind()
    {
        await using var host = fixture.Host();
        var now = host.Clock.GetUtcNow();
        var first = Instances.New(now);
        await Instances.InsertAsync(host, first, Instances.Entry(first, 1, now));
        var instance = Instances.New(now, WorkflowStatus.Suspended, Instances.Bookmark(Bookmark.EventType, "x"));
        // The last statement of the batch hits an existing key: everything before it must be undone too.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => Instances.InsertAsync(host, instance, Instances.Entry(instance, 1, now), Instances.Entry(first, 1, now)));
        Assert.Null(await host.DbAsync(db => db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instance.Id)));
        Assert.Empty(await host.BookmarksAsync(instance.Id));
    }

    // A start writes its rows as one statement on PostgreSQL: a few rows per table as VALUES, many as arrays, a table
    // without rows left out. Every shape must write exactly what the burst produced.
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(4, 0, 3)]
    [InlineData(5, 0, 2)]
    [InlineData(3, 2, 5)]
    [InlineData(2, 1, 0)]
    [InlineData(2, 5, 30)]
    [InlineData(12, 6, 1)]
    public async Task A_new_instance_with_any_number_of_bookmarks_children_and_journal_rows_is_written_whole(int bookmarks, int children, int entries)
    {
        await using var host = fixture.Host();
        var now = host.Clock.GetUtcNow();
        var marks = Enumerable.Range(0, bookmarks).Select(i => Instances.Bookmark(Bookmark.EventType, $"shape-{i}", i % 2 == 0 ? null : $"c{i}")).ToArray();
        var instance = Instances.New(now, bookmarks == 0 ? WorkflowStatus.Finished : WorkflowStatus.Suspended, marks);
        var kids = Enumerable.Range(0, children).Select(i =>
        {
            var child = Instances.New(now, WorkflowStatus.Suspended, Instances.Bookmark(Bookmark.TimerType, null, dueAt: now.AddMinutes(i)));
            child.ParentInstanceId = instance.Id;
            return child;
        }).ToList();
        var journal = Enumerable.Range(1, entries).Select(i => Instances.Entry(instance, i, now))
            .Concat(kids.Select(k => Instances.Entry(k, 1, now))).ToArray();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await using var session = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().BeginNewAsync(default);
            var changes = new BurstChanges();
            changes.AddedBookmarks.AddRange(marks);
            changes.Children.AddRange(kids);
            changes.Journal.AddRange(journal);
            await session.SaveAsync(instance, changes, default);
        }

        var saved = await host.InstanceAsync(instance.Id);
        Assert.Equal((instance.Status.ToString(), 1L, (DateTimeOffset?)(bookmarks == 0 ? now : null)), (saved.Status, saved.Revision, saved.FinishedAt));
        Assert.Equal(marks.Select(b => (b.Id, b.Name, b.CorrelationId)).Order(),
            (await host.BookmarksAsync(instance.Id)).Select(b => (b.Id, b.Name, b.CorrelationId)).Order());
        Assert.Equal(Enumerable.Range(1, entries).Select(i => (long)i), (await host.JournalAsync(instance.Id)).Select(l => l.Sequence));
        foreach (var kid in kids)
        {
            Assert.Equal(instance.Id, (await host.InstanceAsync(kid.Id)).ParentInstanceId);
            Assert.Equal(kid.State.Bookmarks[0].DueAt, Assert.Single(await host.BookmarksAsync(kid.Id)).DueAt);
            Assert.Single(await host.JournalAsync(kid.Id));
        }
    }

    [Fact]
    public async Task Bookmarks_are_found_by_type_name_and_correlation()
    {
        await using var host = fixture.Host();
        var name = $"evt-{Guid.NewGuid():N}";
        var any = Instances.Bookmark(Bookmark.EventType, name);
        var mine = Instances.Bookmark(Bookmark.EventType, name, "c1");
        var other = Instances.Bookmark(Bookmark.EventType, name, "c2");
        var instance = await Instances.InsertAsync(host, Instances.New(host.Clock.GetUtcNow(), WorkflowStatus.Suspended, any, mine, other));

        async Task<string[]> Find(string? correlation)
        {
            var matches = await host.WithAsync<IWorkflowInstanceStore, IReadOnlyList<BookmarkMatch>>(s => s.FindBookmarksAsync(Bookmark.EventType, name, correlation, default));
            Assert.All(matches, m => Assert.Equal(instance.Id, m.InstanceId));
            return matches.Select(m => m.BookmarkId).Order().ToArray();
        }
        Assert.Equal(new[] { any.Id, mine.Id }.Order(), await Find("c1"));
        Assert.Equal([any.Id], await Find(null));
        Assert.Equal([any.Id], await Find("c3"));
        Assert.Empty(await host.WithAsync<IWorkflowInstanceStore, IReadOnlyList<BookmarkMatch>>(s => s.FindBookmarksAsync(Bookmark.TimerType, name, null, default)));
    }

    [Fact]
    public async Task Due_timers_come_in_due_order_up_to_the_limit()
    {
        await using var host = fixture.Host();
        var now = host.Clock.GetUtcNow().AddYears(-50);
        var later = Instances.Bookmark(Bookmark.TimerType, null, dueAt: now.AddMinutes(2));
        var first = Instances.Bookmark(Bookmark.TimerType, null, dueAt: now.AddMinutes(1));
        var notYet = Instances.Bookmark(Bookmark.TimerType, null, dueAt: now.AddMinutes(10));
        await Instances.InsertAsync(host, Instances.New(now, WorkflowStatus.Suspended, later, first, notYet));
        // A Faulted instance keeps its bookmarks for a retry, but its timers are not due.
        await Instances.InsertAsync(host, Instances.New(now, WorkflowStatus.Faulted, Instances.Bookmark(Bookmark.TimerType, null, dueAt: now)));

        var due = await host.WithAsync<IWorkflowInstanceStore, IReadOnlyList<BookmarkMatch>>(s => s.FindDueTimersAsync(now.AddMinutes(5), 10, default));
        Assert.Equal([first.Id, later.Id], due.Select(d => d.BookmarkId));
        var one = await host.WithAsync<IWorkflowInstanceStore, IReadOnlyList<BookmarkMatch>>(s => s.FindDueTimersAsync(now.AddMinutes(5), 1, default));
        Assert.Equal([first.Id], one.Select(d => d.BookmarkId));
    }

    [Fact]
    public async Task Stalled_means_running_and_not_updated_since()
    {
        await using var host = fixture.Host();
        var old = host.Clock.GetUtcNow().AddYears(-40);
        var stalled = await Instances.InsertAsync(host, Instances.New(old, WorkflowStatus.Running));
        await Instances.InsertAsync(host, Instances.New(old, WorkflowStatus.Suspended));
        await Instances.InsertAsync(host, Instances.New(old.AddMinutes(10), WorkflowStatus.Running));
        var found = await host.WithAsync<IWorkflowInstanceStore, IReadOnlyList<string>>(s => s.FindStalledAsync(old.AddMinutes(5), 100, default));
        Assert.Equal([stalled.Id], found);
    }

    [Fact]
    public async Task Recorded_events_are_found_by_name_correlation_and_time()
    {
        await using var host = fixture.Host();
        var name = $"stim-{Guid.NewGuid():N}";
        var t0 = host.Clock.GetUtcNow();
        async Task<long> Record(string? correlation, DateTimeOffset at) =>
            await host.WithAsync<IWorkflowInstanceStore, long>(s => s.RecordStimulusAsync(new Stimulus(0, name, correlation, new JsonObject { ["c"] = correlation }, at), default));
        var early = await Record("a", t0.AddSeconds(-1));
        var a = await Record("a", t0);
        var b = await Record("b", t0.AddSeconds(1));
        Assert.True(a > early && b > a);

        async Task<IReadOnlyList<Stimulus>> Find(string? correlation) =>
            await host.WithAsync<IWorkflowInstanceStore, IReadOnlyList<Stimulus>>(s => s.FindStimuliAsync(name, correlation, t0, default));
        Assert.Equal([a, b], (await Find(null)).Select(s => s.Id));
        var onlyA = Assert.Single(await Find("a"));
        Assert.Equal((a, "a", t0), (onlyA.Id, onlyA.Payload!["c"]!.GetValue<string>(), onlyA.ReceivedAt));
    }

    private static Task<int> CountAsync(DataHost host, string marker) =>
        host.DbAsync(db => db.WorkflowStimuli.CountAsync(s => s.EventName == marker));
}

public sealed class SqliteInstanceStoreTests(SqliteFixture fixture) : InstanceStoreTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresInstanceStoreTests(PostgresFixture fixture) : InstanceStoreTests(fixture), IClassFixture<PostgresFixture>;
