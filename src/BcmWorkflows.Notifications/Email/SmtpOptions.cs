namespace BcmWorkflows.Notifications.Email;

/// <summary><c>Bcm:Email:Smtp:*</c>. Without a <see cref="Host"/> email goes to the built-in outbox channel.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Bcm:Email:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>The From address (<c>BCM &lt;bcm@example.org&gt;</c> or a bare address).</summary>
    public string? From { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary><c>Auto</c> (STARTTLS when offered), <c>None</c>, <c>StartTls</c>, <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "Auto";
    /// <summary><c>Bcm:Email:Smtp:MessagesPerSecond</c>: throttle per sender; 0 = off.</summary>
    public double MessagesPerSecond { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
