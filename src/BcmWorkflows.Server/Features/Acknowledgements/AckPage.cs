using System.Net;
using System.Text;
using BcmWorkflows.Notifications.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>
/// Renders an acknowledgement page: one self-contained HTML document (inline style, no scripts, no external assets)
/// that reads well on a phone, with everything it shows HTML-encoded. Sent with <c>Cache-Control: no-store</c> and a
/// strict content security policy; the token in the URL is not leaked through the Referer header.
/// </summary>
public static class AckPage
{
    // Phone first: no fixed widths (readable at 320 px without zoom or sideways scrolling), text not inflated by mobile
    // browsers, a full-width button well above the 44 px touch-target minimum, and each outcome marked by colour AND a
    // symbol and a heading (never colour alone).
    private const string Style =
        "*{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}" +
        "body{margin:0;font:18px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif;" +
        "background:#f3f4f6;color:#111827;overflow-wrap:anywhere}main{max-width:34rem;margin:0 auto;padding:1.5rem 1rem;" +
        "border-top:6px solid #2563eb}main.ok{border-color:#15803d}main.warn{border-color:#b45309}main.error{border-color:#b91c1c}" +
        ".mark{display:inline-block;width:2.75rem;height:2.75rem;line-height:2.75rem;text-align:center;border-radius:50%;" +
        "font-size:1.5rem;font-weight:700;color:#fff;background:#2563eb;margin:0 0 .5rem}.ok .mark{background:#15803d}" +
        ".warn .mark{background:#b45309}.error .mark{background:#b91c1c}" +
        "h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}.summary{white-space:pre-wrap;background:#fff;" +
        "border-left:4px solid #2563eb;padding:1rem;margin:1rem 0;border-radius:.25rem}" +
        "button{display:block;width:100%;min-height:3.5rem;padding:.75rem 1rem;font:inherit;font-size:1.3rem;font-weight:600;color:#fff;" +
        "background:#15803d;border:0;border-radius:.5rem;cursor:pointer;touch-action:manipulation}" +
        "button:focus{outline:3px solid #1d4ed8;outline-offset:2px}.note{color:#4b5563;font-size:.95rem}";

    /// <summary>How each page is marked: a class for its colour and a symbol beside the heading.</summary>
    public static (string Tone, string Symbol) Tone(AckPageKind kind) => kind switch
    {
        AckPageKind.Confirm => ("ask", "?"),
        AckPageKind.Confirmed or AckPageKind.AlreadyConfirmed => ("ok", "\u2713"),
        AckPageKind.Expired or AckPageKind.Closed => ("warn", "!"),
        _ => ("error", "\u00d7"),
    };

    /// <summary>The page as a result with <paramref name="status"/>; <paramref name="summary"/> is the message confirmed, when known.</summary>
    public static ContentHttpResult Result(HttpResponse response, int status, AckPageKind kind, string language, string? summary)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return TypedResults.Content(Render(kind, language, summary), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The HTML of a page.</summary>
    public static string Render(AckPageKind kind, string language, string? summary)
    {
        var lang = Languages.Normalize(language) ?? Languages.English;
        var texts = AckPageTexts.For(kind, lang);
        var (tone, symbol) = Tone(kind);
        var html = new StringBuilder(2048)
            .Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(Encode(texts.Heading)).Append(" – ").Append(Encode(AckPageTexts.SiteName(lang))).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<main class=\"").Append(tone).Append("\"><p class=\"mark\" aria-hidden=\"true\">").Append(symbol).Append("</p>")
            .Append("<h1>").Append(Encode(texts.Heading)).Append("</h1>")
            .Append("<p>").Append(Encode(texts.Message)).Append("</p>");
        if (!string.IsNullOrEmpty(summary)) html.Append("<div class=\"summary\">").Append(Encode(summary)).Append("</div>");
        if (texts.Button is not null)
        {
            // No action attribute: the form posts to this very URL (/ack/{token}), whatever path the server is behind.
            html.Append("<form method=\"post\"><button type=\"submit\">").Append(Encode(texts.Button)).Append("</button></form>");
        }
        if (texts.Note is not null) html.Append("<p class=\"note\">").Append(Encode(texts.Note)).Append("</p>");
        return html.Append("</main></body></html>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
