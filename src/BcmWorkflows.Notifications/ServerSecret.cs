namespace BcmWorkflows.Notifications;

/// <summary>
/// A secret the server makes for itself on first use and shares between nodes through the database (the key that
/// signs acknowledgement links when <c>Bcm:Ack:SigningKey</c> is not configured).
/// </summary>
public sealed class ServerSecret
{
    public required string Name { get; set; }
    /// <summary>Base64.</summary>
    public required string Value { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
