using System.Security.Cryptography;
using System.Text;

namespace BcmWorkflows.Notifications.Sms;

/// <summary>
/// Twilio's webhook signature (<c>X-Twilio-Signature</c>): Base64 of HMAC-SHA1, keyed with the account's auth token,
/// over the full URL Twilio called followed by every POST parameter as name then value, sorted by name (ordinal).
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    /// <summary>The signature Twilio sends for a POST of <paramref name="parameters"/> to <paramref name="url"/>.</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
            data.Append(name).Append(value);
        // SHA-1 is Twilio's choice, not ours: the signature must match what Twilio computes.
#pragma warning disable CA5350
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(mac);
    }

    /// <summary>True when <paramref name="signature"/> is Twilio's for this request; compared in constant time.</summary>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken)) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(authToken, url, parameters));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
