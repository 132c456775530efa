using System.Diagnostics;
using System.Net;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Outbox;

/// <summary><c>POST /api/sms/twilio/status</c>: signatures, forward-only status, duplicates, fallbacks.</summary>
public abstract class TwilioStatusCallbackTests(ServerFixture server)
{
    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    [Fact]
    public async Task A_forged_or_missing_signature_is_403_and_changes_nothing()
    {
        var id = NewId("forged");
        await server.AddAsync(OutboxTestData.Message(id, providerId: $"SM{id}"));
        var client = server.Anonymous();

        await Api.ProblemAsync(await OutboxTestData.PostStatusAsync(client, $"SM{id}", "delivered", authToken: "someone-elses-token"), HttpStatusCode.Forbidden);
        await Api.ProblemAsync(await OutboxTestData.PostStatusAsync(client, $"SM{id}", "delivered", authToken: null), HttpStatusCode.Forbidden);

        Assert.Equal(OutboxStatus.Sent, (await server.MessageAsync(id)).Status);
        Assert.Empty(await server.HistoryAsync(id));
    }

    [Fact]
    public async Task Delivered_then_a_late_sent_stays_delivered()
    {
        var id = NewId("late");
        await server.AddAsync(OutboxTestData.Message(id, providerId: $"SM{id}"));
        var client = server.Anonymous();

        await OutboxTestData.PostStatusAsync(client, $"SM{id}", "delivered").ExpectStatusAsync(HttpStatusCode.NoContent);
        await OutboxTestData.PostStatusAsync(client, $"SM{id}", "sent").ExpectStatusAsync(HttpStatusCode.NoContent);
        await OutboxTestData.PostStatusAsync(client, $"SM{id}", "queued").ExpectStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(OutboxStatus.Delivered, (await server.MessageAsync(id)).Status);
        var change = Assert.Single(await server.HistoryAsync(id));
        Assert.Equal((OutboxStatus.Delivered, "twilio: delivered"), (change.Status, change.Detail));
    }

    [Fact]
    public async Task A_repeated_callback_writes_one_history_row()
    {
        var id = NewId("dup");
        await server.AddAsync(OutboxTestData.Message(id, providerId: $"SM{id}"));
        var client = server.Anonymous();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OutboxTestData.PostStatusAsync(client, $"SM{id}", "delivered").ExpectStatusAsync(HttpStatusCode.NoContent)));
        await OutboxTestData.PostStatusAsync(client, $"SM{id}", "delivered").ExpectStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(OutboxStatus.Delivered, (await server.MessageAsync(id)).Status);
        Assert.Single(await server.HistoryAsync(id));
    }

    [Fact]
    public async Task A_failed_delivery_activates_the_standby_fallback_which_then_goes_out()
    {
        var id = NewId("fail");
        var sms = OutboxTestData.Message(id, providerId: $"SM{id}");
        sms.FallbackGroup = id;
        var email = OutboxTestData.Message($"{id}-mail", Channel.Email, OutboxStatus.Standby);
        (email.FallbackGroup, email.FallbackOrder) = (id, 1);
        await server.AddAsync(sms, email);

        await OutboxTestData.PostStatusAsync(server.Anonymous(), $"SM{id}", "failed", errorCode: "30005").ExpectStatusAsync(HttpStatusCode.NoContent);

        var failed = await server.MessageAsync(id);
        Assert.Equal((OutboxStatus.Failed, "30005"), (failed.Status, failed.ErrorCode));
        Assert.Contains("unknown destination handset", failed.LastError);
        var history = Assert.Single(await server.HistoryAsync(id));
        Assert.Equal("30005", history.ErrorCode);
        Assert.Equal($"Fallback: Sms message {id} failed", (await server.HistoryAsync($"{id}-mail"))[0].Detail);
        // The server's dispatcher sends it (no SMTP configured: the built-in outbox channel).
        await WaitForAsync(async () => (await server.MessageAsync($"{id}-mail")).Status == OutboxStatus.Sent);
    }

    [Fact]
    public async Task Undelivered_then_failed_activates_only_the_first_fallback()
    {
        var id = NewId("undel");
        var sms = OutboxTestData.Message(id, providerId: $"SM{id}");
        sms.FallbackGroup = id;
        var first = OutboxTestData.Message($"{id}-1", Channel.Email, OutboxStatus.Standby);
        var second = OutboxTestData.Message($"{id}-2", Channel.Email, OutboxStatus.Standby);
        (first.FallbackGroup, first.FallbackOrder, second.FallbackGroup, second.FallbackOrder) = (id, 1, id, 2);
        await server.AddAsync(sms, first, second);
        var client = server.Anonymous();

        await OutboxTestData.PostStatusAsync(client, $"SM{id}", "undelivered", errorCode: "30003").ExpectStatusAsync(HttpStatusCode.NoContent);
        await OutboxTestData.PostStatusAsync(client, $"SM{id}", "failed", errorCode: "30003").ExpectStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(OutboxStatus.Failed, (await server.MessageAsync(id)).Status);
        Assert.Equal([OutboxStatus.Undelivered, OutboxStatus.Failed], (await server.HistoryAsync(id)).Select(h => h.Status));
        Assert.NotEqual(OutboxStatus.Standby, (await server.MessageAsync($"{id}-1")).Status);
        Assert.Equal(OutboxStatus.Standby, (await server.MessageAsync($"{id}-2")).Status);
    }

    [Fact]
    public async Task A_callback_for_an_unknown_message_is_accepted_and_ignored()
    {
        await OutboxTestData.PostStatusAsync(server.Anonymous(), "SMnobody", "delivered").ExpectStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_signed_callback_without_a_message_sid_is_a_400()
    {
        var form = new Dictionary<string, string> { ["MessageStatus"] = "delivered" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio/status") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(Notifications.Sms.TwilioSignature.Header,
            Notifications.Sms.TwilioSignature.Compute(OutboxTestData.AuthToken, OutboxTestData.PublicBaseUrl + "/api/sms/twilio/status", form));

        var errors = await server.Anonymous().SendAsync(request).ValidationErrorsAsync();

        Assert.Contains("MessageSid", errors.Keys);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(15)) throw new Xunit.Sdk.XunitException("Timed out waiting for the dispatcher.");
            await Task.Delay(100);
        }
    }
}

public sealed class TwilioStatusCallbackTests_Sqlite(SqliteServerWithTwilio server) : TwilioStatusCallbackTests(server), IClassFixture<SqliteServerWithTwilio>;

public sealed class TwilioStatusCallbackTests_Postgres(PostgresServerWithTwilio server) : TwilioStatusCallbackTests(server), IClassFixture<PostgresServerWithTwilio>;
