using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Outbox;

/// <summary><c>GET /api/outbox</c> and <c>/api/outbox/{id}</c>: filters, paging, history, acknowledgements, who sees what.</summary>
public abstract class OutboxApiTests(ServerFixture server)
{
    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private static string[] Ids(JsonNode list) => [.. list.AsArray().Select(m => m.Str("id"))];

    [Fact]
    public async Task The_outbox_filters_by_instance_and_by_person_newest_first()
    {
        var instance = NewId("inst");
        var (ana, bo) = (NewId("ana"), NewId("bo"));
        var t = DateTimeOffset.UtcNow;
        await server.AddAsync(
            OutboxTestData.Message($"{instance}-1", instanceId: instance, personId: ana, createdAt: t.AddSeconds(-3)),
            OutboxTestData.Message($"{instance}-2", Channel.Email, instanceId: instance, personId: bo, createdAt: t.AddSeconds(-2)),
            OutboxTestData.Message($"{instance}-3", instanceId: instance, personId: ana, createdAt: t.AddSeconds(-1)),
            OutboxTestData.Message($"{instance}-x", instanceId: NewId("other"), personId: ana, createdAt: t));
        var client = await server.AdminAsync();

        Assert.Equal([$"{instance}-3", $"{instance}-2", $"{instance}-1"], Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}")));
        Assert.Equal([$"{instance}-x", $"{instance}-3", $"{instance}-1"], Ids(await client.GetOkAsync($"/api/outbox?personId={ana}")));
        Assert.Equal([$"{instance}-3", $"{instance}-1"], Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}&personId={ana}")));
        Assert.Equal([$"{instance}-2"], Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}&channel=email")));
        Assert.Empty(Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}&status=Failed")));
    }

    [Fact]
    public async Task A_message_shows_its_fields_status_history_and_reply_code()
    {
        var id = NewId("full");
        var ack = new AckRequest
        {
            Id = NewId("ack"), Phone = "+15005550100", ReplyCode = "12", Status = AckStatus.Open, Summary = "INC-7",
            CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        };
        var message = OutboxTestData.Message(id, instanceId: NewId("inst"), personId: "p-1");
        message.AckRequestId = ack.Id;
        var at = DateTimeOffset.UtcNow;
        await server.AddAsync(ack, message,
            new OutboxStatusChange { MessageId = id, Status = OutboxStatus.Sending, At = at.AddSeconds(-1), Detail = "Attempt 1 by node" },
            new OutboxStatusChange { MessageId = id, Status = OutboxStatus.Sent, At = at, Detail = "twilio: queued" });

        var view = await (await server.AdminAsync()).GetOkAsync($"/api/outbox/{id}");

        view.HasFields("id", "channel", "recipient", "personId", "instanceId", "activityId", "subject", "body", "status", "attempts",
            "lastError", "errorCode", "createdAt", "statusHistory", "replyCode", "ackUrl");
        Assert.Equal(("Sms", "+15005550100", "Sent", 1), (view.Str("channel"), view.Str("recipient"), view.Str("status"), view.Int("attempts")));
        Assert.Equal((message.InstanceId, "notify", "p-1"), (view.Str("instanceId"), view.Str("activityId"), view.Str("personId")));
        Assert.Equal($"Body of {id}", view.Str("body"));
        Assert.Equal("12", view.Str("replyCode"));
        Assert.Equal("Open", view.Str("ackStatus"));
        Assert.NotNull(view["ackExpiresAt"]);
        var history = view["statusHistory"]!.AsArray();
        Assert.Equal(["Sending", "Sent"], history.Select(h => h.Str("status")));
        Assert.Equal("twilio: queued", history[1].Str("detail"));
        if (server.Factory.Services.GetService<IAckLinks>() is null) Assert.Null(view["ackUrl"]);
        else Assert.Contains("/ack/", view.Str("ackUrl"));
    }

    [Fact]
    public async Task An_acknowledgement_shows_as_expired_past_its_expiry_and_confirmed_even_after_it()
    {
        var now = DateTimeOffset.UtcNow;
        AckRequest Ack(AckStatus status, DateTimeOffset expires) => new()
        {
            Id = NewId("ack"), Status = status, Summary = "INC-8", CreatedAt = now.AddDays(-2), ExpiresAt = expires,
            ConfirmedAt = status == AckStatus.Confirmed ? now.AddDays(-1) : null,
        };
        var (expired, confirmed, plain) = (Ack(AckStatus.Open, now.AddMinutes(-1)), Ack(AckStatus.Confirmed, now.AddMinutes(-1)), NewId("plain"));
        var (m1, m2) = (OutboxTestData.Message(NewId("exp")), OutboxTestData.Message(NewId("conf")));
        (m1.AckRequestId, m2.AckRequestId) = (expired.Id, confirmed.Id);
        await server.AddAsync(expired, confirmed, m1, m2, OutboxTestData.Message(plain));
        var client = await server.AdminAsync();

        Assert.Equal("Expired", (await client.GetOkAsync($"/api/outbox/{m1.Id}")).Str("ackStatus"));
        var view = await client.GetOkAsync($"/api/outbox/{m2.Id}");
        Assert.Equal("Confirmed", view.Str("ackStatus"));
        Assert.NotNull(view["ackConfirmedAt"]);
        Assert.Null((await client.GetOkAsync($"/api/outbox/{plain}"))["ackStatus"]);
    }

    [Fact]
    public async Task Pages_follow_each_other_with_before_and_limit()
    {
        var instance = NewId("page");
        var t = DateTimeOffset.UtcNow;
        // Two share a timestamp (one burst): the cursor still splits them without loss.
        await server.AddAsync([.. Enumerable.Range(0, 5).Select(i => OutboxTestData.Message($"{instance}-{i}", instanceId: instance, createdAt: t.AddSeconds(i == 4 ? 3 : i)))]);
        var client = await server.AdminAsync();

        var first = Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}&limit=2"));
        var second = Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}&limit=2&before={first[^1]}"));
        var third = Ids(await client.GetOkAsync($"/api/outbox?instanceId={instance}&limit=2&before={second[^1]}"));

        Assert.Equal([$"{instance}-4", $"{instance}-3", $"{instance}-2", $"{instance}-1", $"{instance}-0"], [.. first, .. second, .. third]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("status=Lost", "status")]
    [InlineData("channel=Pigeon", "channel")]
    [InlineData("before=no-such-message", "before")]
    public async Task Bad_filters_are_400_naming_the_parameter(string query, string field)
    {
        var errors = await (await server.AdminAsync()).GetAsync($"/api/outbox?{query}").ValidationErrorsAsync();
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public async Task An_unknown_message_is_404()
    {
        await (await server.AdminAsync()).GetAsync("/api/outbox/no-such-message").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_signing_in_the_outbox_is_401()
    {
        using var response = await server.Anonymous().GetAsync("/api/outbox");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Staff_see_only_their_own_messages_and_without_a_person_nothing()
    {
        var email = $"{NewId("staff")}@bcm.test";
        await ServerFixture.CreateUserAsync(server.Factory, email, Roles.Staff);
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Support.Auth.LoginAsync(client, email, ServerFixture.UserPassword));
        await client.GetAsync("/api/outbox").ProblemAsync(HttpStatusCode.Forbidden);

        var (mine, theirs) = (NewId("me"), NewId("them"));
        var userId = await server.Factory.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await server.AddAsync(
            new Person { Id = mine, Name = "Me", UserId = userId, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow },
            OutboxTestData.Message($"{mine}-msg", personId: mine),
            OutboxTestData.Message($"{theirs}-msg", personId: theirs));

        Assert.Equal([$"{mine}-msg"], Ids(await client.GetOkAsync("/api/outbox")));
        await client.GetAsync($"/api/outbox?personId={theirs}").ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal($"{mine}-msg", (await client.GetOkAsync($"/api/outbox/{mine}-msg")).Str("id"));
        await client.GetAsync($"/api/outbox/{theirs}-msg").ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains($"{theirs}-msg", Ids(await (await server.ClientAsync(Roles.Manager)).GetOkAsync($"/api/outbox?personId={theirs}")));
    }

    [Fact]
    public async Task Status_callbacks_are_403_when_twilio_is_not_configured()
    {
        var id = NewId("nocfg");
        await server.AddAsync(OutboxTestData.Message(id, providerId: $"SM{id}"));

        await Api.ProblemAsync(await OutboxTestData.PostStatusAsync(server.Anonymous(), $"SM{id}", "delivered"), HttpStatusCode.Forbidden);

        Assert.Equal(OutboxStatus.Sent, (await server.MessageAsync(id)).Status);
    }
}

public sealed class OutboxApiTests_Sqlite(SqliteServer server) : OutboxApiTests(server), IClassFixture<SqliteServer>;

public sealed class OutboxApiTests_Postgres(PostgresServer server) : OutboxApiTests(server), IClassFixture<PostgresServer>;
