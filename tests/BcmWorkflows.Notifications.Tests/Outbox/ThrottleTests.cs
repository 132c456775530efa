using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Outbox.Dispatch;
using BcmWorkflows.Notifications.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Notifications.Tests.Outbox;

/// <summary>The per-sender throttle, on a fake clock: alone, and in the dispatcher sending through the Twilio stand-in.</summary>
public sealed class ThrottleTests
{
    [Fact]
    public async Task Six_two_segment_messages_at_ten_segments_per_second_go_out_every_fifth_of_a_second()
    {
        await using var twilio = await TwilioStandIn.StartAsync();
        var settings = new Dictionary<string, string?>(twilio.Settings()) { ["Bcm:Sms:Twilio:SegmentsPerSecond"] = "10", ["Bcm:Outbox:Concurrency"] = "4" };
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, settings);
        const int count = 6;
        await outbox.AddAsync([.. Enumerable.Range(0, count).Select(i => outbox.Sms($"t{i}", body: $"long message {i}", segments: 2))]);

        var round = outbox.Dispatcher.DispatchOnceAsync();
        for (var sent = 1; sent <= count; sent++)
        {
            await Wait.UntilAsync(() => twilio.Accepted.Count >= sent, $"send {sent}");
            await Task.Delay(150); // time for a send that should not happen yet to show up
            Assert.Equal(sent, twilio.Accepted.Count);
            if (sent < count) outbox.Clock.Advance(TimeSpan.FromSeconds(0.2));
        }
        Assert.Equal(count, await round);

        // 12 segments at 10/s: sends at 0.0, 0.2, ... 1.0 s of fake time; the sender is free again at 1.2 s.
        var sentAt = await outbox.DbAsync(db => db.OutboxStatusChanges.AsNoTracking()
            .Where(c => c.Status == OutboxStatus.Sent).Select(c => c.At).ToListAsync());
        Assert.Equal(Enumerable.Range(0, count).Select(i => OutboxHarness.Start.AddSeconds(0.2 * i)), sentAt.Order());
    }

    [Fact]
    public async Task Messages_whose_slot_is_too_far_off_for_the_claim_go_back_to_the_queue_without_an_attempt()
    {
        await using var twilio = await TwilioStandIn.StartAsync();
        // A one-minute claim leaves 15 s of throttle waits (a quarter of it): at 1 segment/s, slots 0 to 15 s fit.
        var settings = new Dictionary<string, string?>(twilio.Settings())
        {
            ["Bcm:Sms:Twilio:SegmentsPerSecond"] = "1", ["Bcm:Outbox:ClaimTimeout"] = "00:01:00", ["Bcm:Outbox:Concurrency"] = "32",
        };
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, settings);
        await outbox.AddAsync([.. Enumerable.Range(0, 20).Select(i => outbox.Sms($"q{i:D2}", body: $"page {i}"))]);

        var round = outbox.Dispatcher.DispatchOnceAsync();
        for (var second = 1; !round.IsCompleted && second <= 20; second++)
        {
            await Wait.UntilAsync(() => twilio.Accepted.Count >= Math.Min(second, 16), $"send {second}");
            outbox.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(20, await round);

        Assert.Equal(16, twilio.Accepted.Count);
        var waiting = await outbox.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending).ToListAsync());
        Assert.Equal(4, waiting.Count);
        Assert.All(waiting, m => Assert.Equal((0, OutboxHarness.Start.AddSeconds(16)), (m.Attempts, m.NextAttemptAt)));
        Assert.StartsWith("Throttled: sender +15005550006 is busy until", (await outbox.HistoryAsync(waiting[0].Id))[^1].Detail);
    }

    [Fact]
    public void N_units_at_R_per_second_book_slots_that_end_after_N_over_R_seconds()
    {
        var clock = new FakeTimeProvider(OutboxHarness.Start);
        var throttle = new SenderThrottle(clock);

        var waits = Enumerable.Range(0, 5).Select(_ => throttle.Reserve("+1500", 3, 30, TimeSpan.FromMinutes(1)).Wait).ToList();
        var next = throttle.Reserve("+1500", 1, 30, TimeSpan.FromMinutes(1));

        Assert.Equal(Enumerable.Range(0, 5).Select(i => TimeSpan.FromSeconds(0.1 * i)), waits);
        Assert.Equal(OutboxHarness.Start.AddSeconds(15.0 / 30), next.At); // 15 units at 30/s = 0.5 s
        Assert.Equal(TimeSpan.Zero, throttle.Reserve("+1999", 3, 30, TimeSpan.Zero).Wait); // another sender is not held up
    }

    [Fact]
    public void A_slot_further_away_than_the_longest_wait_is_refused_and_not_booked()
    {
        var clock = new FakeTimeProvider(OutboxHarness.Start);
        var throttle = new SenderThrottle(clock);
        throttle.Reserve("+1500", 10, 1, TimeSpan.FromMinutes(1)); // busy for 10 s

        var refused = throttle.Reserve("+1500", 1, 1, TimeSpan.FromSeconds(5));
        var granted = throttle.Reserve("+1500", 1, 1, TimeSpan.FromSeconds(15));

        Assert.False(refused.Granted);
        Assert.Equal(OutboxHarness.Start.AddSeconds(10), refused.At);
        Assert.True(granted.Granted);
        Assert.Equal(TimeSpan.FromSeconds(10), granted.Wait);
    }

    [Fact]
    public void Zero_units_per_second_means_no_throttle()
    {
        var throttle = new SenderThrottle(new FakeTimeProvider(OutboxHarness.Start));
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(TimeSpan.Zero, throttle.Reserve("+1500", 5, 0, TimeSpan.Zero).Wait));
    }

    [Fact]
    public void Retry_delays_double_from_the_base_up_to_the_cap_with_full_jitter()
    {
        var options = new OutboxOptions { BaseRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromSeconds(60) };

        Assert.Equal([5, 10, 20, 40, 60, 60], Enumerable.Range(1, 6).Select(n => RetrySchedule.Cap(n, options).TotalSeconds));
        var random = new Random(42);
        var delays = Enumerable.Range(0, 1000).Select(_ => RetrySchedule.Delay(3, options, random)).ToList();
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(20)));
        Assert.True(delays.Min() < TimeSpan.FromSeconds(2) && delays.Max() > TimeSpan.FromSeconds(18), "full jitter spreads over the whole range");
    }
}
