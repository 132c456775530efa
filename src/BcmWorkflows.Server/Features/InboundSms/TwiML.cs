using System.Security;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.InboundSms;

/// <summary>Twilio's answer format: <c>&lt;Response&gt;&lt;Message&gt;…&lt;/Message&gt;&lt;/Response&gt;</c>, or an empty response for no answer.</summary>
public static class TwiML
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>The TwiML document that texts <paramref name="message"/> back (XML-escaped), or answers nothing when it is null.</summary>
    public static string Render(string? message) => string.IsNullOrEmpty(message)
        ? Declaration + "<Response/>"
        : Declaration + "<Response><Message>" + SecurityElement.Escape(message) + "</Message></Response>";

    public static ContentHttpResult Result(string? message) => TypedResults.Content(Render(message), "text/xml", Encoding.UTF8);
}
