using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Tests.Channels;

/// <summary>The SMS channel: the real Twilio SDK against a local Kestrel stand-in of the REST API, on a fake clock.</summary>
public sealed class TwilioSmsChannelTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Retry = new() { ["Bcm:Outbox:BaseRetryDelay"] = "00:00:10" };

    private TwilioStandIn _twilio = null!;

    public async Task InitializeAsync() => _twilio = await TwilioStandIn.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task The_stand_in_receives_to_from_body_and_status_callback_and_the_message_is_sent()
    {
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _twilio.Settings(from: "+15005550006"));
        await outbox.AddAsync(outbox.Sms("sms-1", to: "+447700900123", body: "INC-7 declared. Reply 12 to confirm."));

        Assert.Equal(1, await outbox.Dispatcher.DispatchOnceAsync());

        var request = Assert.Single(_twilio.Accepted);
        Assert.Equal(TwilioStandIn.AccountSid, request.PathAccount);
        Assert.Equal(TwilioStandIn.AccountSid, request.BasicUser);
        Assert.Equal("+447700900123", request["To"]);
        Assert.Equal("+15005550006", request["From"]);
        Assert.Null(request["MessagingServiceSid"]);
        Assert.Equal("INC-7 declared. Reply 12 to confirm.", request["Body"]);
        Assert.Equal("https://bcm.example.org/api/sms/twilio/status", request["StatusCallback"]);

        var message = await outbox.MessageAsync("sms-1");
        Assert.Equal((OutboxStatus.Sent, 1), (message.Status, message.Attempts));
        Assert.Equal(request.Sid, message.ProviderMessageId);
        Assert.Equal("+15005550006", message.Sender);
        Assert.Equal("twilio: queued", (await outbox.HistoryAsync("sms-1"))[^1].Detail);
    }

    [Fact]
    public async Task A_messaging_service_sends_instead_of_a_number_and_no_public_address_means_no_callback()
    {
        const string service = "MG00000000000000000000000000000009";
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite,
            _twilio.Settings(from: null, messagingServiceSid: service, publicBaseUrl: null));
        await outbox.AddAsync(outbox.Sms("sms-mg"));

        await outbox.Dispatcher.DispatchOnceAsync();

        var request = Assert.Single(_twilio.Accepted);
        Assert.Equal(service, request["MessagingServiceSid"]);
        Assert.Null(request["From"]);
        Assert.Null(request["StatusCallback"]);
        Assert.Equal(service, (await outbox.MessageAsync("sms-mg")).Sender);
    }

    [Fact]
    public async Task A_500_and_a_429_are_retried_with_growing_back_off_and_the_third_attempt_is_sent()
    {
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _twilio.Settings(), Retry);
        _twilio.FailWith((500, 20500), (429, 20429));
        await outbox.AddAsync(outbox.Sms("sms-retry"));

        await outbox.Dispatcher.DispatchOnceAsync();
        var first = await outbox.MessageAsync("sms-retry");
        Assert.Equal((OutboxStatus.Pending, 1, "20500"), (first.Status, first.Attempts, first.ErrorCode));
        Assert.InRange(first.NextAttemptAt - outbox.Clock.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromSeconds(10));

        outbox.Clock.Advance(TimeSpan.FromSeconds(10));
        await outbox.Dispatcher.DispatchOnceAsync();
        var second = await outbox.MessageAsync("sms-retry");
        Assert.Equal((OutboxStatus.Pending, 2, "20429"), (second.Status, second.Attempts, second.ErrorCode));
        Assert.InRange(second.NextAttemptAt - outbox.Clock.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromSeconds(20)); // the cap doubled

        outbox.Clock.Advance(TimeSpan.FromSeconds(20));
        await outbox.Dispatcher.DispatchOnceAsync();
        var sent = await outbox.MessageAsync("sms-retry");
        Assert.Equal((OutboxStatus.Sent, 3), (sent.Status, sent.Attempts));
        Assert.Equal(3, _twilio.Requests.Count);
        Assert.Equal(sent.ProviderMessageId, Assert.Single(_twilio.Accepted).Sid);
        var history = await outbox.HistoryAsync("sms-retry");
        Assert.Equal(["Sending", "Pending", "Sending", "Pending", "Sending", "Sent"], history.Select(h => h.Status.ToString()));
        Assert.Equal(["20500", "20429"], history.Where(h => h.Status == OutboxStatus.Pending).Select(h => h.ErrorCode));
    }

    [Fact]
    public async Task Transient_failures_give_up_after_the_last_attempt()
    {
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _twilio.Settings(), Retry,
            new Dictionary<string, string?> { ["Bcm:Outbox:MaxAttempts"] = "2" });
        _twilio.FailWith((503, 20503), (503, 20503));
        await outbox.AddAsync(outbox.Sms("sms-tired"));

        await outbox.Dispatcher.DispatchOnceAsync();
        outbox.Clock.Advance(TimeSpan.FromSeconds(10));
        await outbox.Dispatcher.DispatchOnceAsync();

        var failed = await outbox.MessageAsync("sms-tired");
        Assert.Equal((OutboxStatus.Failed, 2, "20503"), (failed.Status, failed.Attempts, failed.ErrorCode));
        Assert.Contains("gave up after 2 attempts", (await outbox.HistoryAsync("sms-tired"))[^1].Detail);
    }

    [Fact]
    public async Task An_invalid_number_fails_for_good_and_the_standby_email_fallback_goes_out()
    {
        await using var smtp = await SmtpListener.StartAsync();
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _twilio.Settings(), smtp.Settings());
        _twilio.FailWith((400, 21211));
        var sms = outbox.Sms("fb-sms", to: "+15005550001");
        sms.FallbackGroup = "fb";
        var email = outbox.Email("fb-email", to: "ana@example.org", subject: "INC-7 declared");
        (email.FallbackGroup, email.FallbackOrder, email.Status) = ("fb", 1, OutboxStatus.Standby);
        await outbox.AddAsync(sms, email);

        Assert.Equal(1, await outbox.Dispatcher.DispatchOnceAsync()); // the Standby email is not due yet

        var failed = await outbox.MessageAsync("fb-sms");
        Assert.Equal((OutboxStatus.Failed, "21211"), (failed.Status, failed.ErrorCode));
        Assert.Contains("invalid 'To' phone number", failed.LastError);
        Assert.Equal(OutboxStatus.Pending, (await outbox.MessageAsync("fb-email")).Status);
        Assert.Equal("Fallback: Sms message fb-sms failed", (await outbox.HistoryAsync("fb-email"))[0].Detail);

        Assert.Equal(1, await outbox.Dispatcher.DispatchOnceAsync());
        Assert.Equal("INC-7 declared", Assert.Single(smtp.Received).Subject);
        Assert.Equal(OutboxStatus.Sent, (await outbox.MessageAsync("fb-email")).Status);
    }

    [Fact]
    public async Task An_unsubscribed_recipient_is_opted_out_of_sms_and_not_retried()
    {
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, _twilio.Settings());
        await outbox.AddAsync(new Person { Id = "p-stop", Name = "Bo", Phone = "+15005550042", CreatedAt = OutboxHarness.Start, UpdatedAt = OutboxHarness.Start });
        await outbox.AddAsync(new Person { Id = "p-other", Name = "Cy", Phone = "+15005550043", CreatedAt = OutboxHarness.Start, UpdatedAt = OutboxHarness.Start });
        _twilio.FailWith((400, 21610));
        await outbox.AddAsync(outbox.Sms("sms-stop", to: "+15005550042"));

        await outbox.Dispatcher.DispatchOnceAsync();

        Assert.Equal((OutboxStatus.Failed, "21610"), ((await outbox.MessageAsync("sms-stop")).Status, (await outbox.MessageAsync("sms-stop")).ErrorCode));
        var people = await outbox.DbAsync(db => db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(OutboxHarness.Start, people.Single(p => p.Id == "p-stop").SmsOptedOutAt);
        Assert.Equal(1, people.Single(p => p.Id == "p-stop").Revision);
        Assert.Null(people.Single(p => p.Id == "p-other").SmsOptedOutAt);
    }

    [Fact]
    public async Task An_unreachable_api_is_a_transient_network_failure()
    {
        var settings = new Dictionary<string, string?>(_twilio.Settings()) { ["Bcm:Sms:Twilio:ApiBaseUrl"] = $"http://127.0.0.1:{Wait.ClosedPort()}" };
        await using var outbox = await OutboxHarness.CreateAsync(TestDatabase.Sqlite, settings);
        await outbox.AddAsync(outbox.Sms("sms-down"));

        await outbox.Dispatcher.DispatchOnceAsync();

        var waiting = await outbox.MessageAsync("sms-down");
        Assert.Equal((OutboxStatus.Pending, 1, "network"), (waiting.Status, waiting.Attempts, waiting.ErrorCode));
    }
}
