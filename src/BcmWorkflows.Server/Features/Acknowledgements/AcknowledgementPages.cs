using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using BcmWorkflows.Server.Security;

namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// The pages behind acknowledgement links, anonymous (the signed token is the credential) and exempt from antiforgery.
/// <c>GET /ack/{token}</c> shows the message and a Confirm button and changes nothing (mail scanners open links);
/// <c>POST /ack/{token}</c> confirms through <see cref="AcknowledgementService"/> (via <c>Link</c>). Answers: 200 for
/// the form, the confirmation and "already confirmed"; 400 for a tampered or malformed token; 404 when the request is
/// gone; 409 when the workflow no longer waits for it; 410 when the link or the request has expired.
/// </summary>
public static class AcknowledgementPages
{
    public static IEndpointRouteBuilder MapAcknowledgementPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ack").AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimits.Ack).WithTags("Acknowledgements");
        group.MapGet("/{token}", Show).WithSummary("The acknowledgement page of a link (changes nothing).");
        group.MapPost("/{token}", Confirm).WithSummary("Confirm through a link.");
        return app;
    }

    private static async Task<ContentHttpResult> Show(string token, HttpContext http, AckLinks links, INotificationsDb db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, page) = await ResolveAsync(token, http, links, db, clock, cancellationToken);
        if (page is not null) return page;
        return AckPage.Result(http.Response, StatusCodes.Status200OK, AckPageKind.Confirm, request!.Language, request.Summary);
    }

    private static async Task<ContentHttpResult> Confirm(string token, HttpContext http, AckLinks links, INotificationsDb db,
        AcknowledgementService acknowledgements, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (resolved, page) = await ResolveAsync(token, http, links, db, clock, cancellationToken);
        if (page is not null) return page;
        var request = resolved!;
        var result = await acknowledgements.ConfirmAsync(request, "Link", cancellationToken);
        var (status, kind) = result switch
        {
            ConfirmResult.Confirmed => (StatusCodes.Status200OK, AckPageKind.Confirmed),
            ConfirmResult.AlreadyConfirmed => (StatusCodes.Status200OK, AckPageKind.AlreadyConfirmed),
            ConfirmResult.NotFound => (StatusCodes.Status404NotFound, AckPageKind.NotFound),
            // Closed between our look and the update: expired meanwhile, or the workflow stopped waiting.
            _ when request.ExpiresAt <= clock.GetUtcNow() => (StatusCodes.Status410Gone, AckPageKind.Expired),
            _ => (StatusCodes.Status409Conflict, AckPageKind.Closed),
        };
        return AckPage.Result(http.Response, status, kind, request.Language, request.Summary);
    }

    /// <summary>The open request a token names, or the page that says why there is none.</summary>
    private static async Task<(AckRequest? Request, ContentHttpResult? Page)> ResolveAsync(string token, HttpContext http, AckLinks links,
        INotificationsDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var browserLanguage = Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage);
        var check = await links.VerifyAsync(token, cancellationToken);
        if (check.Status == AckLinkStatus.Invalid)
            return (null, AckPage.Result(http.Response, StatusCodes.Status400BadRequest, AckPageKind.Invalid, browserLanguage, null));

        var request = await db.AckRequests.AsNoTracking().FirstOrDefaultAsync(a => a.Id == check.AckRequestId, cancellationToken);
        if (request is null)
            return (null, AckPage.Result(http.Response, StatusCodes.Status404NotFound, AckPageKind.NotFound, browserLanguage, null));

        // A confirmed request says so even after its link expired: that is the truth the person wants to see.
        (int Status, AckPageKind Kind)? outcome = request.Status switch
        {
            AckStatus.Confirmed => (StatusCodes.Status200OK, AckPageKind.AlreadyConfirmed),
            _ when check.Status == AckLinkStatus.Expired || request.ExpiresAt <= clock.GetUtcNow() => (StatusCodes.Status410Gone, AckPageKind.Expired),
            AckStatus.Closed => (StatusCodes.Status409Conflict, AckPageKind.Closed),
            _ => null,
        };
        return outcome is { } o
            ? (request, AckPage.Result(http.Response, o.Status, o.Kind, request.Language, request.Summary))
            : (request, null);
    }
}
