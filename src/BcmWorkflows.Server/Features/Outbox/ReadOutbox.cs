using System.Security.Claims;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.Outbox;

/// <summary>
/// <c>GET /api/outbox</c> (filtered, newest first, paged with <c>before</c> = the last id of the previous page) and
/// <c>GET /api/outbox/{id}</c>. Admins, coordinators and managers see every message; staff see only the messages of
/// the person linked to their account (<c>Person.UserId</c>), and get 403 without one.
/// </summary>
public static class ReadOutbox
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapOutboxApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outbox").WithTags("Outbox");
        group.MapGet("/", List).WithSummary("Outbox messages with status history, reply code and acknowledgement link; newest first.");
        group.MapGet("/{id}", Get).WithSummary("One outbox message with its status history.");
        return api;
    }

    private static async Task<Results<Ok<List<OutboxMessageView>>, ProblemHttpResult>> List(ClaimsPrincipal user, INotificationsDb db, HttpContext http,
        string? instanceId, string? personId, string? status, string? channel, int? limit, string? before, CancellationToken cancellationToken)
    {
        var reader = await ReaderAsync(user, db, cancellationToken);
        if (reader.Forbidden) return Forbidden("Only staff linked to a person may read their own messages.");
        if (reader.OwnPersonId is { } own)
        {
            if (personId is not null && personId != own) return Forbidden("Staff may read only their own messages.");
            personId = own;
        }

        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit) throw RequestValidationException.For("limit", $"Use 1 to {MaxLimit}.");
        var query = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrEmpty(instanceId)) query = query.Where(m => m.InstanceId == instanceId);
        if (!string.IsNullOrEmpty(personId)) query = query.Where(m => m.PersonId == personId);
        if (!string.IsNullOrEmpty(status))
        {
            var parsed = ParseEnum<OutboxStatus>("status", status);
            query = query.Where(m => m.Status == parsed);
        }
        if (!string.IsNullOrEmpty(channel))
        {
            var parsed = ParseEnum<Channel>("channel", channel);
            query = query.Where(m => m.Channel == parsed);
        }
        if (!string.IsNullOrEmpty(before))
        {
            var cursor = await db.OutboxMessages.AsNoTracking().Where(m => m.Id == before).Select(m => new { m.CreatedAt, m.Id })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw RequestValidationException.For("before", $"No outbox message '{before}' (pass the id of the last message of the previous page).");
            query = query.Where(m => m.CreatedAt < cursor.CreatedAt || (m.CreatedAt == cursor.CreatedAt && string.Compare(m.Id, cursor.Id) < 0));
        }

        var messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(await ViewsAsync(db, messages, http, cancellationToken));
    }

    private static async Task<Results<Ok<OutboxMessageView>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, INotificationsDb db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var reader = await ReaderAsync(user, db, cancellationToken);
        if (reader.Forbidden) return Forbidden("Only staff linked to a person may read their own messages.");
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        // Someone else's message is "not found" for staff: they learn nothing about it.
        if (message is null || (reader.OwnPersonId is { } own && message.PersonId != own)) throw new NotFoundException($"No outbox message '{id}'.");
        var views = await ViewsAsync(db, [message], http, cancellationToken);
        return TypedResults.Ok(views[0]);
    }

    /// <summary>Who may read what: everything, only one person's messages, or nothing.</summary>
    private static async Task<(bool Forbidden, string? OwnPersonId)> ReaderAsync(ClaimsPrincipal user, INotificationsDb db, CancellationToken cancellationToken)
    {
        if (user.ReadsAll()) return (false, null);
        if (!user.IsInRole(Roles.Staff)) return (true, null);
        var personId = await user.PersonIdAsync(db.People, cancellationToken);
        return personId is null ? (true, null) : (false, personId);
    }

    private static async Task<List<OutboxMessageView>> ViewsAsync(INotificationsDb db, List<OutboxMessage> messages, HttpContext http, CancellationToken cancellationToken)
    {
        var links = http.RequestServices.GetService<IAckLinks>();
        var ids = messages.Select(m => m.Id).ToList();
        var history = (await db.OutboxStatusChanges.AsNoTracking().Where(c => ids.Contains(c.MessageId)).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.MessageId);
        var ackIds = messages.Where(m => m.AckRequestId is not null).Select(m => m.AckRequestId!).Distinct().ToList();
        var acks = ackIds.Count == 0
            ? []
            : await db.AckRequests.AsNoTracking().Where(a => ackIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        var now = (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var views = new List<OutboxMessageView>(messages.Count);
        foreach (var message in messages)
        {
            var ack = message.AckRequestId is { } ackId ? acks.GetValueOrDefault(ackId) : null;
            var url = ack is not null && links is not null ? links.UrlFor(await links.CreateTokenAsync(ack.Id, ack.ExpiresAt, cancellationToken)) : null;
            views.Add(OutboxMessageView.From(message, history[message.Id], ack, url, now));
        }
        return views;
    }

    private static T ParseEnum<T>(string field, string value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw RequestValidationException.For(field, $"Use one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
