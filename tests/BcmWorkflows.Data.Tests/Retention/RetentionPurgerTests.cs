using BcmWorkflows.Data.Entities;
using BcmWorkflows.Data.Tests.Support;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Stores;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data.Tests.Retention;

public abstract class RetentionPurgerTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Purge_deletes_old_journal_of_ended_instances_and_old_events_only()
    {
        await using var host = fixture.Host(settings: new Dictionary<string, string?>
        {
            ["Bcm:Engine:Retention:JournalRetention"] = "30.00:00:00",
            ["Bcm:Engine:Retention:StimulusRetention"] = "00:10:00",
        });
        var now = host.Clock.GetUtcNow();
        var old = now.AddDays(-31);
        var finished = Instances.New(old, WorkflowStatus.Finished);
        await Instances.InsertAsync(host, finished, Instances.Entry(finished, 1, old));
        // A later burst (the journal is stored one row per burst, and retention goes by the burst's time).
        await host.DbAsync(db =>
        {
            db.WorkflowJournal.Add(JournalLines.ToRecord(finished.Id, [Instances.Entry(finished, 2, now.AddDays(-1))])!);
            return db.SaveChangesAsync();
        });
        var waiting = Instances.New(old, WorkflowStatus.Suspended);
        await Instances.InsertAsync(host, waiting, Instances.Entry(waiting, 1, old));
        var eventName = $"purge-{Guid.NewGuid():N}";
        await host.WithAsync<IWorkflowInstanceStore, long>(s => s.RecordStimulusAsync(new Stimulus(0, eventName, null, null, now.AddMinutes(-11)), default));
        await host.WithAsync<IWorkflowInstanceStore, long>(s => s.RecordStimulusAsync(new Stimulus(0, eventName, null, null, now.AddMinutes(-9)), default));

        var result = await host.WithAsync<RetentionPurger, PurgeResult>(p => p.PurgeAsync(default));

        Assert.True(result.JournalEntries >= 1 && result.Stimuli >= 1, result.ToString());
        Assert.Equal(0, result.Instances);
        Assert.Equal([2L], (await host.JournalAsync(finished.Id)).Select(j => j.Sequence));
        Assert.Single(await host.JournalAsync(waiting.Id));
        Assert.Equal(1, await host.DbAsync(db => db.WorkflowStimuli.CountAsync(s => s.EventName == eventName)));
        Assert.Equal("Finished", (await host.InstanceAsync(finished.Id)).Status);
    }

    [Fact]
    public async Task Ended_instances_are_deleted_after_their_retention_when_configured()
    {
        await using var host = fixture.Host(settings: new Dictionary<string, string?>
        {
            ["Bcm:Engine:Retention:FinishedInstanceRetention"] = "7.00:00:00",
        });
        var now = host.Clock.GetUtcNow();
        var expired = Instances.New(now.AddDays(-8), WorkflowStatus.Faulted, Instances.Bookmark(Bookmark.EventType, "never"));
        await Instances.InsertAsync(host, expired, Instances.Entry(expired, 1, now.AddDays(-8)));
        var recent = await Instances.InsertAsync(host, Instances.New(now.AddDays(-6), WorkflowStatus.Finished));
        var waiting = await Instances.InsertAsync(host, Instances.New(now.AddDays(-100), WorkflowStatus.Suspended));

        var result = await host.WithAsync<RetentionPurger, PurgeResult>(p => p.PurgeAsync(default));

        // Other tests of the class share the database: count at least this test's rows.
        Assert.True(result.Instances >= 1 && result.JournalEntries >= 1, result.ToString());
        Assert.Null(await host.DbAsync(db => db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == expired.Id)));
        Assert.Empty(await host.BookmarksAsync(expired.Id));
        Assert.NotNull(await host.DbAsync(db => db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == recent.Id)));
        Assert.NotNull(await host.DbAsync(db => db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == waiting.Id)));
    }
}

public sealed class SqliteRetentionPurgerTests(SqliteFixture fixture) : RetentionPurgerTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresRetentionPurgerTests(PostgresFixture fixture) : RetentionPurgerTests(fixture), IClassFixture<PostgresFixture>;
