using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>Fuzz servers: Twilio configured (signed webhooks reach the parser) and the webhook rate limit off (thousands of posts from one address).</summary>
public static class FuzzServers
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?>(TwilioWebhooks.Settings) { ["Bcm:RateLimits:Webhooks:PermitLimit"] = "0" };
}

public sealed class SqliteFuzzServer() : ServerFixture(TestDatabase.Sqlite, settings: FuzzServers.Settings);

public sealed class PostgresFuzzServer() : ServerFixture(TestDatabase.Postgres, settings: FuzzServers.Settings);
