using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Tests.Support;
using BcmWorkflows.TestSupport;
using MimeKit;

namespace BcmWorkflows.Notifications.Tests.Channels;

/// <summary>The email channel against a real SMTP listener on 127.0.0.1, driven by the dispatcher on a fake clock.</summary>
public sealed class SmtpEmailChannelTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Retry = new() { ["Bcm:Outbox:BaseRetryDelay"] = "00:00:10" };

    private SmtpListener _smtp = null!;
    private OutboxHarness _outbox = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpListener.StartAsync();
        _outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _smtp.Settings(), Retry);
    }

    public async Task DisposeAsync()
    {
        await _outbox.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task The_listener_receives_subject_text_html_and_from_and_the_message_is_sent()
    {
        await _outbox.AddAsync(_outbox.Email("mail-1", to: "ana@example.org", subject: "Incident INC-7 declared",
            body: "Please confirm: https://bcm.test/ack/x", html: "<p>Please <a href=\"https://bcm.test/ack/x\">confirm</a></p>"));

        Assert.Equal(1, await _outbox.Dispatcher.DispatchOnceAsync());

        var mail = Assert.Single(_smtp.Received);
        Assert.Equal("Incident INC-7 declared", mail.Subject);
        Assert.Equal("Please confirm: https://bcm.test/ack/x", mail.TextBody?.TrimEnd());
        Assert.Contains("<a href=\"https://bcm.test/ack/x\">confirm</a>", mail.HtmlBody);
        Assert.IsType<MultipartAlternative>(mail.Body);
        var from = Assert.Single(mail.From.Mailboxes);
        Assert.Equal(("BCM Alerts", "alerts@bcm.test"), (from.Name, from.Address));
        Assert.Equal("ana@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("mail-1@bcm.test", mail.MessageId);

        var message = await _outbox.MessageAsync("mail-1");
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Equal("mail-1@bcm.test", message.ProviderMessageId);
        Assert.Equal("BCM Alerts <alerts@bcm.test>", message.Sender);
        Assert.Null(message.ClaimedBy);
        var history = await _outbox.HistoryAsync("mail-1");
        Assert.Equal([OutboxStatus.Sending, OutboxStatus.Sent], history.Select(h => h.Status));
        Assert.StartsWith("smtp: 250", history[1].Detail);
    }

    [Fact]
    public async Task A_text_only_email_is_a_single_text_part()
    {
        await _outbox.AddAsync(_outbox.Email("mail-text", body: "Plain words only."));

        await _outbox.Dispatcher.DispatchOnceAsync();

        var mail = Assert.Single(_smtp.Received);
        var part = Assert.IsType<TextPart>(mail.Body);
        Assert.True(part.IsPlain);
        Assert.Equal("Plain words only.", mail.TextBody?.TrimEnd());
    }

    [Fact]
    public async Task A_451_reply_is_retried_after_a_back_off_and_then_sent()
    {
        _smtp.ReplyWith(451);
        await _outbox.AddAsync(_outbox.Email("mail-451"));

        await _outbox.Dispatcher.DispatchOnceAsync();
        var waiting = await _outbox.MessageAsync("mail-451");
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal((1, "451"), (waiting.Attempts, waiting.ErrorCode));
        Assert.Contains("mail server error", waiting.LastError);
        Assert.InRange(waiting.NextAttemptAt, OutboxHarness.Start, OutboxHarness.Start.AddSeconds(10)); // full jitter below the first cap
        if (waiting.NextAttemptAt > OutboxHarness.Start) Assert.Equal(0, await _outbox.Dispatcher.DispatchOnceAsync());

        _outbox.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await _outbox.Dispatcher.DispatchOnceAsync());

        var sent = await _outbox.MessageAsync("mail-451");
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Null(sent.ErrorCode);
        Assert.Equal(2, _smtp.Attempts);
        Assert.Single(_smtp.Received);
        var history = await _outbox.HistoryAsync("mail-451");
        Assert.Equal([OutboxStatus.Sending, OutboxStatus.Pending, OutboxStatus.Sending, OutboxStatus.Sent], history.Select(h => h.Status));
        Assert.Equal("451", history[1].ErrorCode);
    }

    [Fact]
    public async Task A_550_reply_fails_the_message_for_good()
    {
        _smtp.ReplyWith(550);
        await _outbox.AddAsync(_outbox.Email("mail-550", to: "nobody@example.org"));

        await _outbox.Dispatcher.DispatchOnceAsync();

        var failed = await _outbox.MessageAsync("mail-550");
        Assert.Equal((OutboxStatus.Failed, 1, "550"), (failed.Status, failed.Attempts, failed.ErrorCode));
        Assert.Contains("mailbox unavailable", failed.LastError);
        Assert.Contains("permanent failure", (await _outbox.HistoryAsync("mail-550"))[^1].Detail);
        _outbox.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _outbox.Dispatcher.DispatchOnceAsync());
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task An_invalid_address_fails_for_good_without_reaching_the_server()
    {
        await _outbox.AddAsync(_outbox.Email("mail-bad", to: "not an address"));

        await _outbox.Dispatcher.DispatchOnceAsync();

        var failed = await _outbox.MessageAsync("mail-bad");
        Assert.Equal((OutboxStatus.Failed, "address"), (failed.Status, failed.ErrorCode));
        Assert.Equal(0, _smtp.Attempts);
    }

    [Fact]
    public async Task An_unreachable_mail_server_is_a_transient_network_failure()
    {
        var closed = new Dictionary<string, string?>(_smtp.Settings()) { ["Bcm:Email:Smtp:Port"] = Wait.ClosedPort().ToString() };
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, closed);
        await outbox.AddAsync(outbox.Email("mail-down"));

        await outbox.Dispatcher.DispatchOnceAsync();

        var waiting = await outbox.MessageAsync("mail-down");
        Assert.Equal((OutboxStatus.Pending, 1, "network"), (waiting.Status, waiting.Attempts, waiting.ErrorCode));
    }
}
