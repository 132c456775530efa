using System.Net;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Tests.Inbound;

/// <summary>Without Twilio's auth token and public URL no webhook can be authenticated: every one is refused.</summary>
public abstract class InboundSmsUnconfiguredTests(ServerFixture server)
{
    [Fact]
    public async Task Webhooks_are_refused_with_403_when_Twilio_is_not_configured()
    {
        var form = TwilioWebhooks.Inbound(AckRows.NewPhone(), "STOP");

        using var response = await server.Anonymous().PostSignedAsync("/api/sms/twilio/inbound", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await server.Factory.DbAsync(db => db.InboundSms.CountAsync(s => s.MessageSid == form["MessageSid"])));
    }
}

public sealed class InboundSmsUnconfiguredTests_Sqlite(SqliteServer server) : InboundSmsUnconfiguredTests(server), IClassFixture<SqliteServer>;

public sealed class InboundSmsUnconfiguredTests_Postgres(PostgresServer server) : InboundSmsUnconfiguredTests(server), IClassFixture<PostgresServer>;
