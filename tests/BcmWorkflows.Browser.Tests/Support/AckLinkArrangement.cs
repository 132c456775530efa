using BcmWorkflows.BrowserSupport;
using BcmWorkflows.Data;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Browser.Tests.Support;

/// <summary>
/// A message waiting for acknowledgement and its signed link, written the way the sending activities write them (as the
/// server's acknowledgement tests do): the request row, then a token from <see cref="IAckLinks"/>.
/// </summary>
public static class AckLinkArrangement
{
    /// <summary>Adds an open request for <paramref name="summary"/>; returns its id and the link's path (<c>/ack/{token}</c>).</summary>
    public static async Task<(string Id, string Path)> CreateAckLinkAsync(this BrowserServer server, string summary)
    {
        var now = DateTimeOffset.UtcNow;
        var request = new AckRequest
        {
            Id = Guid.CreateVersion7().ToString("N"),
            Status = AckStatus.Open,
            Language = "en",
            Summary = summary,
            CreatedAt = now,
            ExpiresAt = now.AddDays(1),
        };
        await server.WithAsync<BcmDbContext, int>(db =>
        {
            db.AckRequests.Add(request);
            return db.SaveChangesAsync();
        });
        var token = await server.WithAsync<IAckLinks, string>(links => links.CreateTokenAsync(request.Id, request.ExpiresAt, default));
        return (request.Id, $"/ack/{token}");
    }

    public static Task<AckRequest> AckRequestAsync(this BrowserServer server, string id) =>
        server.WithAsync<BcmDbContext, AckRequest>(db => db.AckRequests.AsNoTracking().SingleAsync(a => a.Id == id));
}
