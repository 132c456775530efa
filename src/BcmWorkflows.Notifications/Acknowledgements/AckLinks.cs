using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// Signed, expiring acknowledgement links. A token is <c>base64url(payload) "." base64url(mac)</c>: the payload is a
/// format byte, the expiry (unix seconds, 4 bytes big-endian) and the request id (16 bytes when it is 32 hex digits,
/// as the server's ids are, else its UTF-8); the mac is HMAC-SHA256 of the payload under <see cref="AckLinkKey"/>,
/// cut to 16 bytes. About 57 characters for the server's ids, short enough for an SMS. Nothing is stored per link.
/// </summary>
public sealed class AckLinks : IAckLinks
{
    public const string DefaultPublicBaseUrl = "http://localhost:5080";
    private const byte HexIdFormat = 1, TextIdFormat = 2;
    private const int MacLength = 16, HeaderLength = 5;

    private readonly AckLinkKey _key;
    private readonly TimeProvider _clock;

    public AckLinks(AckLinkKey key, TimeProvider clock, IOptions<AckOptions> options)
    {
        _key = key;
        _clock = clock;
        PublicBaseUrl = ResolvePublicBaseUrl(options.Value.PublicBaseUrl, null, null);
    }

    /// <summary>Where links point (no trailing slash); see <see cref="ResolvePublicBaseUrl"/>.</summary>
    public string PublicBaseUrl { get; }

    /// <summary>
    /// The first configured of <c>Bcm:Ack:PublicBaseUrl</c>, <c>Bcm:Sms:Twilio:PublicBaseUrl</c> and
    /// <c>Bcm:PublicBaseUrl</c>, else <see cref="DefaultPublicBaseUrl"/>, without a trailing slash.
    /// </summary>
    public static string ResolvePublicBaseUrl(string? ack, string? twilio, string? server) =>
        new[] { ack, twilio, server, DefaultPublicBaseUrl }.First(url => !string.IsNullOrWhiteSpace(url))!.Trim().TrimEnd('/');

    public async Task<string> CreateTokenAsync(string ackRequestId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ackRequestId);
        var key = await _key.GetAsync(cancellationToken);
        var payload = Payload(ackRequestId, expiresAt);
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(Mac(key, payload));
    }

    public string UrlFor(string token) => $"{PublicBaseUrl}/ack/{token}";

    /// <summary>
    /// Checks a token: <see cref="AckLinkStatus.Invalid"/> unless it is well-formed and its signature matches (compared in
    /// constant time); then <see cref="AckLinkStatus.Expired"/> once its expiry has passed, else <see cref="AckLinkStatus.Valid"/>.
    /// Whether the request exists, or is still open, is the caller's to look up.
    /// </summary>
    public async Task<AckLinkCheck> VerifyAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 400) return AckLinkCheck.Invalid;
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot != token.LastIndexOf('.')) return AckLinkCheck.Invalid;
        if (!TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var mac)) return AckLinkCheck.Invalid;
        if (payload.Length <= HeaderLength || mac.Length != MacLength) return AckLinkCheck.Invalid;

        var key = await _key.GetAsync(cancellationToken);
        if (!CryptographicOperations.FixedTimeEquals(Mac(key, payload), mac)) return AckLinkCheck.Invalid;

        var id = payload[0] switch
        {
            HexIdFormat when payload.Length == HeaderLength + 16 => Convert.ToHexStringLower(payload.AsSpan(HeaderLength)),
            TextIdFormat => Encoding.UTF8.GetString(payload.AsSpan(HeaderLength)),
            _ => null,
        };
        if (id is null) return AckLinkCheck.Invalid;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(1, 4)));
        return new AckLinkCheck(_clock.GetUtcNow() >= expiresAt ? AckLinkStatus.Expired : AckLinkStatus.Valid, id, expiresAt);
    }

    private static byte[] Payload(string id, DateTimeOffset expiresAt)
    {
        var seconds = (uint)Math.Clamp(expiresAt.ToUnixTimeSeconds(), 0, uint.MaxValue);
        var hex = id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
        var idBytes = hex ? Convert.FromHexString(id) : Encoding.UTF8.GetBytes(id);
        var payload = new byte[HeaderLength + idBytes.Length];
        payload[0] = hex ? HexIdFormat : TextIdFormat;
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(1, 4), seconds);
        idBytes.CopyTo(payload.AsSpan(HeaderLength));
        return payload;
    }

    private static byte[] Mac(byte[] key, byte[] payload) => HMACSHA256.HashData(key, payload).AsSpan(0, MacLength).ToArray();

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(text);
            // One spelling per token: unused trailing bits of the last character must not give a second valid form.
            return WebEncoders.Base64UrlEncode(bytes) == text;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
