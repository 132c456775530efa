using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using BcmWorkflows.Server.Security;

namespace BcmWorkflows.Server.Features.Outbox;

/// <summary>
/// <c>POST /api/sms/twilio/status</c>: Twilio's status callback (form fields <c>MessageSid</c>, <c>MessageStatus</c>,
/// <c>ErrorCode</c>, and whatever else Twilio sends). Anonymous, but signed: <c>X-Twilio-Signature</c> is checked over
/// <c>Bcm:Sms:Twilio:PublicBaseUrl</c> + path (the request's own address when no public address is set) and every
/// posted field; a wrong signature, or a server without Twilio configured, gets 403 and nothing is recorded.
/// Otherwise 204: the status only moves forward and repeats change nothing (<see cref="DeliveryReports"/>).
/// </summary>
public static class TwilioStatusCallback
{
    public static WebApplication MapTwilioStatusCallback(this WebApplication app)
    {
        app.MapPost(TwilioSmsChannel.StatusCallbackPath, Handle)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Webhooks)
            .WithTags("SMS")
            .WithSummary("Twilio status callback: records delivery status (signed by Twilio).");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(HttpRequest request, IOptions<TwilioOptions> options,
        DeliveryReports reports, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TwilioStatusCallback));
        var twilio = options.Value;
        if (!twilio.IsConfigured) return Forbidden("Twilio is not configured on this server.");
        if (!request.HasFormContentType) return Forbidden("The request signature is not valid.");

        var form = await request.ReadFormAsync(cancellationToken);
        var parameters = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? ""))).ToList();
        var url = SignedUrl(request, twilio.PublicBaseUrl);
        if (!TwilioSignature.IsValid(twilio.AuthToken!, url, parameters, request.Headers[TwilioSignature.Header]))
        {
            logger.LogWarning("Twilio status callback with an invalid signature from {RemoteIp} rejected", request.HttpContext.Connection.RemoteIpAddress);
            return Forbidden("The request signature is not valid.");
        }

        var sid = FirstOf(form, "MessageSid", "SmsSid");
        var status = FirstOf(form, "MessageStatus", "SmsStatus");
        if (sid is null || status is null)
            throw RequestValidationException.For(sid is null ? "MessageSid" : "MessageStatus", "Twilio status callbacks carry MessageSid and MessageStatus.");
        var result = await reports.RecordTwilioAsync(sid, status, FirstOf(form, "ErrorCode"), cancellationToken);
        logger.LogDebug("Twilio status {Status} for {MessageSid}: {Result}", status, sid, result);
        return TypedResults.NoContent();
    }

    /// <summary>The URL Twilio signed: the configured public address (it may sit behind a proxy), then path and query.</summary>
    private static string SignedUrl(HttpRequest request, string? publicBaseUrl)
    {
        var root = string.IsNullOrWhiteSpace(publicBaseUrl) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : publicBaseUrl.TrimEnd('/');
        return root + request.Path + request.QueryString;
    }

    private static string? FirstOf(IFormCollection form, params string[] names) =>
        names.Select(n => form[n].ToString()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
