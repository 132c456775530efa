using BcmWorkflows.Notifications.Acknowledgements;

namespace BcmWorkflows.Notifications.Tests.Acknowledgements;

/// <summary>Acknowledgement request rows as the lead's composer will write them.</summary>
public static class AckRequests
{
    public static AckRequest New(string phone, string? code, DateTimeOffset now, AckStatus status = AckStatus.Open,
        string language = "en", TimeSpan? lifetime = null, string summary = "Fire alarm in building B: confirm you are safe.") => new()
    {
        Id = Guid.CreateVersion7().ToString("N"),
        Phone = phone,
        ReplyCode = code,
        Status = status,
        Language = language,
        Summary = summary,
        CreatedAt = now,
        ExpiresAt = now + (lifetime ?? TimeSpan.FromDays(1)),
    };
}
