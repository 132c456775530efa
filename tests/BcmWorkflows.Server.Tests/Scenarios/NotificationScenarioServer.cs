using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Server.Tests.Scenarios;

/// <summary>
/// A server on a fake clock with Twilio configured (webhooks are signed with <see cref="AuthToken"/> over
/// <see cref="PublicBaseUrl"/>) and the dispatchers off: scenario tests read the outbox and answer as the recipients would.
/// </summary>
public abstract class NotificationScenarioServer(string provider) : ServerFixture(provider, fakeClock: true, new Dictionary<string, string?>
{
    ["Bcm:Sms:Twilio:AccountSid"] = "AC00000000000000000000000000000001",
    ["Bcm:Sms:Twilio:AuthToken"] = AuthToken,
    ["Bcm:Sms:Twilio:From"] = "+15005550006",
    ["Bcm:Sms:Twilio:PublicBaseUrl"] = PublicBaseUrl,
    ["Bcm:Sms:Twilio:ApiBaseUrl"] = "http://127.0.0.1:9",
    ["Bcm:Ack:PublicBaseUrl"] = PublicBaseUrl,
    ["Bcm:Outbox:DispatcherEnabled"] = "false",
})
{
    public const string AuthToken = "scenario-auth-token-0123456789abcdef";
    public const string PublicBaseUrl = "https://bcm.example.org";
}

public sealed class SqliteNotificationScenarioServer() : NotificationScenarioServer(TestDatabase.Sqlite);

public sealed class PostgresNotificationScenarioServer() : NotificationScenarioServer(TestDatabase.Postgres);
