using BcmWorkflows.Notifications.Sms;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>Twilio's side of the webhooks: the account settings a test server gets, and form posts signed exactly as Twilio signs them.</summary>
public static class TwilioWebhooks
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string PublicBaseUrl = "https://bcm.example.test";
    public const string OurNumber = "+15005550006";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Bcm:Sms:Twilio:AccountSid"] = "AC00000000000000000000000000000000",
        ["Bcm:Sms:Twilio:AuthToken"] = AuthToken,
        ["Bcm:Sms:Twilio:From"] = OurNumber,
        ["Bcm:Sms:Twilio:PublicBaseUrl"] = PublicBaseUrl,
    };

    /// <summary>Twilio's incoming-message parameters (with the ones we do not use, as Twilio sends them).</summary>
    public static Dictionary<string, string> Inbound(string from, string body, string? messageSid = null)
    {
        var sid = messageSid ?? NewSid();
        return new Dictionary<string, string>
        {
            ["ToCountry"] = "US",
            ["SmsMessageSid"] = sid,
            ["NumMedia"] = "0",
            ["From"] = from,
            ["To"] = OurNumber,
            ["Body"] = body,
            ["MessageSid"] = sid,
            ["AccountSid"] = "AC00000000000000000000000000000000",
            ["NumSegments"] = "1",
            ["ApiVersion"] = "2010-04-01",
        };
    }

    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    /// <summary>POSTs <paramref name="form"/> to <paramref name="path"/> with the signature Twilio would send (or <paramref name="signature"/>).</summary>
    public static async Task<HttpResponseMessage> PostSignedAsync(this HttpClient client, string path, Dictionary<string, string> form,
        string? signature = null, string authToken = AuthToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.Header, signature ?? TwilioSignature.Compute(authToken, PublicBaseUrl + path, form));
        return await client.SendAsync(request);
    }
}
