using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Tests.Support;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Channels;

/// <summary>
/// Both channels in trouble at once: the mail server is down for good and Twilio answers 429 and 500 before it
/// recovers. The email is retried with growing back-off, given up after the last attempt, its standby SMS takes over
/// and gets through Twilio's errors — and every failed attempt is in the outbox history.
/// </summary>
public sealed class ChannelOutageTests : IAsyncLifetime
{
    private TwilioStandIn _twilio = null!;
    private SmtpListener _smtp = null!;

    public async Task InitializeAsync()
    {
        _twilio = await TwilioStandIn.StartAsync();
        _smtp = await SmtpListener.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _twilio.DisposeAsync();
    }

    [Fact]
    public async Task Smtp_down_and_twilio_throttling_end_in_the_sms_fallback_with_every_failure_recorded()
    {
        var mailDown = new Dictionary<string, string?>(_smtp.Settings()) { ["Bcm:Email:Smtp:Port"] = Wait.ClosedPort().ToString() };
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _twilio.Settings(), mailDown,
            new Dictionary<string, string?> { ["Bcm:Outbox:BaseRetryDelay"] = "00:00:10", ["Bcm:Outbox:MaxAttempts"] = "3" });
        var email = outbox.Email("out-email", to: "ana@example.org", subject: "INC-9 declared");
        email.FallbackGroup = "out";
        var sms = outbox.Sms("out-sms", to: "+447700900123", body: "INC-9 declared. Reply 12 to confirm.");
        (sms.FallbackGroup, sms.FallbackOrder, sms.Status) = ("out", 1, OutboxStatus.Standby);
        await outbox.AddAsync(email, sms);
        _twilio.FailWith((429, 20429), (500, 20500));

        // Three attempts at the mail server, each after a longer wait (the cap doubles), then it gives up.
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await outbox.Dispatcher.DispatchOnceAsync();
            var state = await outbox.MessageAsync("out-email");
            Assert.Equal(attempt, state.Attempts);
            Assert.Equal("network", state.ErrorCode);
            if (state.Status == OutboxStatus.Failed) break;
            waits.Add(state.NextAttemptAt - outbox.Clock.GetUtcNow());
            outbox.Clock.Advance(state.NextAttemptAt - outbox.Clock.GetUtcNow());
        }
        Assert.Equal(OutboxStatus.Failed, (await outbox.MessageAsync("out-email")).Status);
        Assert.Equal(2, waits.Count);
        Assert.True(waits[1] > TimeSpan.Zero && waits[0] > TimeSpan.Zero);
        Assert.Empty(_smtp.Received);

        // The standby SMS is now due; Twilio throttles, then errs, then accepts it.
        Assert.Equal(OutboxStatus.Pending, (await outbox.MessageAsync("out-sms")).Status);
        for (var round = 0; round < 3 && (await outbox.MessageAsync("out-sms")).Status != OutboxStatus.Sent; round++)
        {
            var due = (await outbox.MessageAsync("out-sms")).NextAttemptAt;
            if (due > outbox.Clock.GetUtcNow()) outbox.Clock.Advance(due - outbox.Clock.GetUtcNow());
            await outbox.Dispatcher.DispatchOnceAsync();
        }
        var sent = await outbox.MessageAsync("out-sms");
        Assert.Equal((OutboxStatus.Sent, 3), (sent.Status, sent.Attempts));
        Assert.Equal("INC-9 declared. Reply 12 to confirm.", Assert.Single(_twilio.Accepted)["Body"]);

        // The history tells the whole story, failure by failure.
        var emailHistory = await outbox.HistoryAsync("out-email");
        Assert.Equal(["Sending", "Pending", "Sending", "Pending", "Sending", "Failed"], emailHistory.Select(h => h.Status.ToString()));
        Assert.All(emailHistory.Where(h => h.Status is OutboxStatus.Pending or OutboxStatus.Failed), h => Assert.Equal("network", h.ErrorCode));
        var smsHistory = await outbox.HistoryAsync("out-sms");
        Assert.Equal("Fallback: Email message out-email failed", smsHistory[0].Detail);
        Assert.Equal(["20429", "20500"], smsHistory.Where(h => h.Status == OutboxStatus.Pending && h.ErrorCode is not null).Select(h => h.ErrorCode));
    }
}
