using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Outbox.Dispatch;
using BcmWorkflows.Notifications.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Tests.Outbox;

/// <summary>Claims, the built-in outbox channel and several nodes on one database, on each provider.</summary>
public abstract class OutboxDispatcherTests(string provider)
{
    [Fact]
    public async Task Without_providers_messages_go_to_the_built_in_outbox_and_are_marked_sent()
    {
        await using var outbox = await OutboxHarness.CreateAsync(provider);
        await outbox.AddAsync(outbox.Sms("local-sms"), outbox.Email("local-mail"));

        Assert.Equal(2, await outbox.Dispatcher.DispatchOnceAsync());

        foreach (var id in new[] { "local-sms", "local-mail" })
        {
            var message = await outbox.MessageAsync(id);
            Assert.Equal((OutboxStatus.Sent, "outbox", $"outbox-{id}"), (message.Status, message.Sender, message.ProviderMessageId));
            var history = await outbox.HistoryAsync(id);
            Assert.Equal([OutboxStatus.Sending, OutboxStatus.Sent], history.Select(h => h.Status));
            Assert.Equal($"Attempt 1 by {outbox.Dispatcher.NodeId}", history[0].Detail);
            Assert.Equal("outbox: stored", history[1].Detail);
        }
    }

    [Fact]
    public async Task Only_pending_messages_that_are_due_are_claimed_oldest_due_first_in_batches()
    {
        await using var outbox = await OutboxHarness.CreateAsync(provider, new Dictionary<string, string?> { ["Bcm:Outbox:BatchSize"] = "2" });
        var now = outbox.Clock.GetUtcNow();
        var later = outbox.Sms("later");
        later.NextAttemptAt = now.AddMinutes(5);
        var standby = outbox.Sms("standby");
        standby.Status = OutboxStatus.Standby;
        var done = outbox.Sms("done");
        done.Status = OutboxStatus.Delivered;
        var (a, b, c) = (outbox.Sms("a"), outbox.Sms("b"), outbox.Sms("c"));
        (a.NextAttemptAt, b.NextAttemptAt, c.NextAttemptAt) = (now.AddSeconds(-1), now.AddSeconds(-3), now.AddSeconds(-2));
        await outbox.AddAsync(later, standby, done, a, b, c);

        Assert.Equal(2, await outbox.Dispatcher.DispatchOnceAsync());
        Assert.Equal([OutboxStatus.Pending, OutboxStatus.Sent, OutboxStatus.Sent], await StatusesAsync(outbox, "a", "b", "c"));
        Assert.Equal(1, await outbox.Dispatcher.DispatchOnceAsync());
        Assert.Equal(0, await outbox.Dispatcher.DispatchOnceAsync());
        Assert.Equal([OutboxStatus.Pending, OutboxStatus.Standby, OutboxStatus.Delivered], await StatusesAsync(outbox, "later", "standby", "done"));

        outbox.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await outbox.Dispatcher.DispatchOnceAsync());
        Assert.Equal(OutboxStatus.Sent, (await outbox.MessageAsync("later")).Status);
    }

    [Fact]
    public async Task A_claim_of_a_dead_node_is_taken_over_when_it_expires()
    {
        await using var outbox = await OutboxHarness.CreateAsync(provider);
        var now = outbox.Clock.GetUtcNow();
        var orphan = outbox.Sms("orphan");
        (orphan.Status, orphan.ClaimedBy, orphan.ClaimedUntil, orphan.NextAttemptAt) = (OutboxStatus.Sending, "dead-node", now.AddMinutes(2), now.AddMinutes(2));
        await outbox.AddAsync(orphan);

        Assert.Equal(0, await outbox.Dispatcher.DispatchOnceAsync());
        outbox.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await outbox.Dispatcher.DispatchOnceAsync());

        Assert.Equal(OutboxStatus.Sent, (await outbox.MessageAsync("orphan")).Status);
        Assert.Equal($"Claim of dead-node expired; attempt 1 by {outbox.Dispatcher.NodeId}", (await outbox.HistoryAsync("orphan"))[0].Detail);
    }

    [Fact]
    public async Task A_result_is_not_recorded_when_another_node_took_the_claim_over()
    {
        await using var outbox = await OutboxHarness.CreateAsync(provider);
        await outbox.AddAsync(outbox.Sms("contested"));
        var now = outbox.Clock.GetUtcNow();
        var claimedByA = await outbox.DbAsync(db => OutboxQueue.For(db).ClaimAsync(db, "node-a", 10, now, now.AddMinutes(2), default));
        outbox.Clock.Advance(TimeSpan.FromMinutes(3));
        var later = outbox.Clock.GetUtcNow();
        var claimedByB = await outbox.DbAsync(db => OutboxQueue.For(db).ClaimAsync(db, "node-b", 10, later, later.AddMinutes(2), default));
        Assert.Equal("contested", Assert.Single(claimedByA).Id);
        Assert.Equal("contested", Assert.Single(claimedByB).Id);

        var late = new DispatchResult(claimedByA[0], OutboxStatus.Sent, 1, later, later, "SM-late", "+1500", null, null, "twilio: queued");
        var applied = await outbox.DbAsync(db => OutboxQueue.For(db).CompleteAsync(db, "node-a", [late], default));

        Assert.Empty(applied);
        var message = await outbox.MessageAsync("contested");
        Assert.Equal((OutboxStatus.Sending, "node-b", null), (message.Status, message.ClaimedBy, message.ProviderMessageId));
        Assert.Equal([OutboxStatus.Sending, OutboxStatus.Sending], (await outbox.HistoryAsync("contested")).Select(h => h.Status));
    }

    [Fact]
    public async Task Two_nodes_dispatching_together_send_every_message_exactly_once()
    {
        await using var twilio = await TwilioStandIn.StartAsync();
        await using var outbox = await OutboxHarness.CreateAsync(provider, twilio.Settings(),
            new Dictionary<string, string?> { ["Bcm:Outbox:BatchSize"] = "10", ["Bcm:Outbox:Concurrency"] = "4" });
        const int count = 200;
        await outbox.AddAsync([.. Enumerable.Range(0, count).Select(i => outbox.Sms($"m{i:D3}", to: $"+1500555{i:D4}", body: $"message {i}"))]);
        var (one, two) = (outbox.Dispatcher, outbox.NewNode());

        var claimed = await Task.WhenAll(DrainAsync(one), DrainAsync(two));

        Assert.Equal(count, claimed.Sum());
        Assert.All(claimed, c => Assert.True(c > 0, $"both nodes should have dispatched: {string.Join(", ", claimed)}"));
        Assert.Equal(count, twilio.Accepted.Count);
        Assert.Equal(count, twilio.Accepted.Select(r => r["Body"]).Distinct().Count());
        var sent = await outbox.DbAsync(db => db.OutboxMessages.AsNoTracking().CountAsync(m => m.Status == OutboxStatus.Sent && m.ProviderMessageId != null));
        Assert.Equal(count, sent);
        var histories = await outbox.DbAsync(db => db.OutboxStatusChanges.AsNoTracking().CountAsync(c => c.Status == OutboxStatus.Sent));
        Assert.Equal(count, histories);
    }

    private static async Task<int> DrainAsync(OutboxDispatcher node)
    {
        await Task.Yield();
        var total = 0;
        for (int claimed; (claimed = await node.DispatchOnceAsync()) > 0;) total += claimed;
        return total;
    }

    private static Task<OutboxStatus[]> StatusesAsync(OutboxHarness outbox, params string[] ids) =>
        outbox.DbAsync(async db =>
        {
            var statuses = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Status);
            return ids.Select(id => statuses[id]).ToArray();
        });
}

public sealed class OutboxDispatcherTests_Sqlite() : OutboxDispatcherTests(TestDatabase.Sqlite);

public sealed class OutboxDispatcherTests_Postgres() : OutboxDispatcherTests(TestDatabase.Postgres);
