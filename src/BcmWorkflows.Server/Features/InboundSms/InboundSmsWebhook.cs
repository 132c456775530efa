using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.Sms;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using BcmWorkflows.Server.Security;

namespace BcmWorkflows.Server.Features.InboundSms;

/// <summary>
/// <c>POST /api/sms/twilio/inbound</c>, Twilio's incoming-message webhook: anonymous, authenticated by
/// <c>X-Twilio-Signature</c> over <c>Bcm:Sms:Twilio:PublicBaseUrl</c> + path + query and every form parameter,
/// compared in constant time. A missing or wrong signature, or Twilio not configured (no auth token or public URL)
/// → 403 and nothing recorded. Otherwise <see cref="InboundSmsHandler"/> acts on it (once per MessageSid) and the
/// answer goes back as TwiML (<c>text/xml</c>).
/// </summary>
public static class InboundSmsWebhook
{
    public const string Path = "/api/sms/twilio/inbound";
    private const int MaxFormBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapInboundSmsWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, Handle)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Webhooks)
            .WithTags("SMS")
            .WithSummary("Twilio's incoming SMS webhook (signed): acknowledgement replies, STOP/START; answers with TwiML.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Handle(HttpRequest request, IOptions<TwilioOptions> twilio,
        InboundSmsHandler handler, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var options = twilio.Value;
        var logger = loggers.CreateLogger(typeof(InboundSmsWebhook));
        if (string.IsNullOrWhiteSpace(options.AuthToken) || string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            logger.LogWarning("Refused an inbound SMS webhook: Bcm:Sms:Twilio:AuthToken and PublicBaseUrl must be configured to check its signature");
            return Forbidden("Twilio webhooks are not configured on this server.");
        }
        var signature = request.Headers[TwilioSignature.Header].ToString();
        if (signature.Length == 0 || !request.HasFormContentType) return Forbidden("The request is not signed by Twilio.");
        if (request.ContentLength > MaxFormBytes) return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            BufferBodyLengthLimit = MaxFormBytes, ValueLengthLimit = MaxFormBytes, ValueCountLimit = 256, MultipartBodyLengthLimit = MaxFormBytes,
        }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
        }

        var url = options.PublicBaseUrl.TrimEnd('/') + request.Path + request.QueryString;
        var parameters = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? "")));
        if (!TwilioSignature.IsValid(options.AuthToken, url, parameters, signature))
        {
            logger.LogWarning("Refused an inbound SMS webhook with a wrong signature (signed URL {Url})", url);
            return Forbidden("The request is not signed by Twilio.");
        }

        var sid = FirstOf(form, "MessageSid", "SmsSid");
        var from = FirstOf(form, "From");
        var to = FirstOf(form, "To");
        if (sid.Length is 0 or > 64 || from.Length is 0 or > 40 || to.Length > 40)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
                detail: "An inbound SMS needs MessageSid (at most 64 characters) and From (at most 40); To has at most 40.");
        var result = await handler.HandleAsync(new InboundSmsMessage(sid, from, to.Length == 0 ? null : to, FirstOf(form, "Body")), cancellationToken);
        return TwiML.Result(result.Reply);
    }

    private static string FirstOf(IFormCollection form, params string[] names) =>
        names.Select(n => form[n].ToString().Trim()).FirstOrDefault(v => v.Length > 0) ?? "";

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
