namespace BcmWorkflows.Server.Security;

/// <summary>
/// One fixed-window limit (<c>Bcm:RateLimits:{Login|Ack|Webhooks}</c>): at most <see cref="PermitLimit"/> requests per
/// <see cref="WindowSeconds"/> per partition (client address; for login also per email). 0 turns the limit off.
/// Limits are held in memory per node, so a cluster of n nodes admits up to n times as many.
/// </summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;

    public bool IsOff => PermitLimit == 0;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
