using BcmWorkflows.Notifications.Acknowledgements;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>Acknowledgement requests written straight to the database, as the sending activities will write them.</summary>
public static class AckRows
{
    public static AckRequest New(string? phone = null, string? code = null, AckStatus status = AckStatus.Open, string language = "en",
        string summary = "Fire alarm in building B. Confirm that you are safe.", TimeSpan? expiresIn = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new AckRequest
        {
            Id = Guid.CreateVersion7().ToString("N"),
            Phone = phone,
            ReplyCode = code,
            Status = status,
            Language = language,
            Summary = summary,
            CreatedAt = now,
            ExpiresAt = now + (expiresIn ?? TimeSpan.FromDays(1)),
        };
    }

    public static async Task<AckRequest[]> AddAsync(this BcmServerFactory factory, params AckRequest[] requests)
    {
        await factory.DbAsync(db =>
        {
            db.AckRequests.AddRange(requests);
            return db.SaveChangesAsync();
        });
        return requests;
    }

    public static Task<AckRequest> AckRequestAsync(this BcmServerFactory factory, string id) =>
        factory.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.AckRequests), a => a.Id == id));

    private static int _phone = Random.Shared.Next(1_000_000, 8_000_000);

    /// <summary>A new valid German mobile number per call, so that tests sharing a server never share a phone.</summary>
    public static string NewPhone() => "+49152" + Interlocked.Increment(ref _phone).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
