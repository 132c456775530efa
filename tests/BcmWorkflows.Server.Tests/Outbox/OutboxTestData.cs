using System.Net;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Tests.Outbox;

/// <summary>Outbox rows written straight through the DbContext, and Twilio callbacks signed as Twilio signs them.</summary>
public static class OutboxTestData
{
    public const string AuthToken = "test-twilio-auth-token";
    public const string PublicBaseUrl = "https://bcm.example.org";

    /// <summary>A Twilio account for the server; the API address is a closed port, so nothing leaves the machine.</summary>
    public static readonly IReadOnlyDictionary<string, string?> TwilioSettings = new Dictionary<string, string?>
    {
        ["Bcm:Sms:Twilio:AccountSid"] = "AC00000000000000000000000000000002",
        ["Bcm:Sms:Twilio:AuthToken"] = AuthToken,
        ["Bcm:Sms:Twilio:From"] = "+15005550006",
        ["Bcm:Sms:Twilio:PublicBaseUrl"] = PublicBaseUrl,
        ["Bcm:Sms:Twilio:ApiBaseUrl"] = "http://127.0.0.1:9",
    };

    public static OutboxMessage Message(string id, Channel channel = Channel.Sms, OutboxStatus status = OutboxStatus.Sent, string? providerId = null,
        string? instanceId = null, string? personId = null, DateTimeOffset? createdAt = null)
    {
        var at = createdAt ?? DateTimeOffset.UtcNow;
        return new OutboxMessage
        {
            Id = id, DedupKey = $"api-test:{id}", Channel = channel, Status = status, ProviderMessageId = providerId,
            Recipient = channel == Channel.Sms ? "+15005550100" : "ana@example.org", Subject = channel == Channel.Email ? $"Subject {id}" : null,
            Body = $"Body of {id}", InstanceId = instanceId, PersonId = personId, ActivityId = instanceId is null ? null : "notify",
            Sender = status >= OutboxStatus.Sent ? "+15005550006" : null, Attempts = status >= OutboxStatus.Sent ? 1 : 0,
            NextAttemptAt = at, CreatedAt = at, UpdatedAt = at,
        };
    }

    public static Task AddAsync(this ServerFixture server, params object[] rows) => server.Factory.DbAsync(async db =>
    {
        db.AddRange(rows);
        return await db.SaveChangesAsync();
    });

    public static Task<OutboxMessage> MessageAsync(this ServerFixture server, string id) =>
        server.Factory.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    public static Task<List<OutboxStatusChange>> HistoryAsync(this ServerFixture server, string id) =>
        server.Factory.DbAsync(db => db.OutboxStatusChanges.AsNoTracking().Where(c => c.MessageId == id).OrderBy(c => c.Id).ToListAsync());

    /// <summary>Posts a status callback, signed with <paramref name="authToken"/> over the public URL as Twilio does (no header when null).</summary>
    public static async Task<HttpResponseMessage> PostStatusAsync(HttpClient client, string messageSid, string status, string? errorCode = null,
        string? authToken = AuthToken)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = "AC00000000000000000000000000000002", ["MessageSid"] = messageSid, ["SmsSid"] = messageSid,
            ["MessageStatus"] = status, ["SmsStatus"] = status, ["To"] = "+15005550100", ["From"] = "+15005550006", ["ApiVersion"] = "2010-04-01",
        };
        if (errorCode is not null) form["ErrorCode"] = errorCode;
        using var request = new HttpRequestMessage(HttpMethod.Post, TwilioSmsChannel.StatusCallbackPath) { Content = new FormUrlEncodedContent(form) };
        if (authToken is not null)
            request.Headers.Add(TwilioSignature.Header, TwilioSignature.Compute(authToken, PublicBaseUrl + TwilioSmsChannel.StatusCallbackPath, form));
        return await client.SendAsync(request);
    }

    public static async Task ExpectStatusAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        if (response.StatusCode != expected)
            throw new Xunit.Sdk.XunitException($"Expected {(int)expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed class SqliteServerWithTwilio() : ServerFixture(TestDatabase.Sqlite, settings: OutboxTestData.TwilioSettings);

public sealed class PostgresServerWithTwilio() : ServerFixture(TestDatabase.Postgres, settings: OutboxTestData.TwilioSettings);
