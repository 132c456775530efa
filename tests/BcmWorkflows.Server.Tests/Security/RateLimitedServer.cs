using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>A server with Twilio configured and small limits: 3 requests per minute for login, ack links and webhooks.</summary>
public sealed class RateLimitedServer() : ServerFixture(TestDatabase.Sqlite, settings: Settings, services: ClientAddresses.AddTo)
{
    public const int Limit = 3;

    private static Dictionary<string, string?> Settings => new(TwilioWebhooks.Settings)
    {
        ["Bcm:RateLimits:Login:PermitLimit"] = $"{Limit}",
        ["Bcm:RateLimits:Login:WindowSeconds"] = "60",
        ["Bcm:RateLimits:Ack:PermitLimit"] = $"{Limit}",
        ["Bcm:RateLimits:Ack:WindowSeconds"] = "60",
        ["Bcm:RateLimits:Webhooks:PermitLimit"] = $"{Limit}",
        ["Bcm:RateLimits:Webhooks:WindowSeconds"] = "60",
    };
}
