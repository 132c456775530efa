namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary><c>Bcm:Ack:*</c>.</summary>
public sealed class AckOptions
{
    public const string SectionName = "Bcm:Ack";

    /// <summary>How long an acknowledgement link (and request) stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(3);
    /// <summary>Base64 key that signs links; when empty, one is generated once and shared through the database.</summary>
    public string? SigningKey { get; set; }
    /// <summary>
    /// Where links point (<c>https://bcm.example.org</c>); falls back to <c>Bcm:Sms:Twilio:PublicBaseUrl</c>,
    /// then to <c>Bcm:PublicBaseUrl</c>, then to <c>http://localhost:5080</c>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>Country calling codes where recipients cannot text back (two-way SMS unavailable): their SMS carries the link and an email follows.</summary>
    public List<string> OneWaySmsCountryCodes { get; set; } = ["86"];
}
