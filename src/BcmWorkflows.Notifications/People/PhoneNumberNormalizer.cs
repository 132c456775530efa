using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace BcmWorkflows.Notifications.People;

/// <summary>
/// Reads phone numbers as people type them and gives them back in E.164 (<c>+4915112345678</c>), with libphonenumber.
/// International input is always accepted: <c>+49 151 1234 5678</c>, and <c>0049 151…</c> (the international call
/// prefix of the default region, or <c>00</c> when none is configured). National input (<c>0151 1234 5678</c>) only
/// when <see cref="PeopleOptions.DefaultRegion"/> says which country it belongs to. Numbers that do not exist in their
/// country's numbering plan are rejected.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly string? _defaultRegion;

    public PhoneNumberNormalizer(IOptions<PeopleOptions> options) : this(options.Value.DefaultRegion)
    {
    }

    /// <summary>A normalizer reading national numbers as <paramref name="defaultRegion"/> (null: international only).</summary>
    public PhoneNumberNormalizer(string? defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(defaultRegion)) return;
        var region = defaultRegion.Trim().ToUpperInvariant();
        if (!IsKnownRegion(region))
            throw new ArgumentException(
                $"Bcm:People:DefaultRegion '{defaultRegion}' is not a known region; use a two-letter ISO 3166 code such as DE or CN.",
                nameof(defaultRegion));
        _defaultRegion = region;
    }

    /// <summary>True for null/empty (no default region) and for a region libphonenumber knows (case-insensitive).</summary>
    public static bool IsKnownRegion(string? region) =>
        string.IsNullOrWhiteSpace(region) || Util.GetSupportedRegions().Contains(region.Trim().ToUpperInvariant());

    /// <summary>The configured default region, upper case, or null.</summary>
    public string? DefaultRegion => _defaultRegion;

    /// <summary>True and the E.164 form when <paramref name="input"/> is a valid number; otherwise false and why, in a sentence.</summary>
    public bool TryNormalize(string input, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? error)
    {
        e164 = null;
        var text = input.Trim();
        if (text.Length == 0)
        {
            error = "A phone number is required here.";
            return false;
        }
        if (text.Length > 40)
        {
            error = "A phone number has at most 40 characters.";
            return false;
        }
        // Without a region, "00" can only be the international prefix most of the world dials.
        if (_defaultRegion is null && text.StartsWith("00", StringComparison.Ordinal)) text = "+" + text[2..];
        if (_defaultRegion is null && !text.StartsWith('+'))
        {
            error = $"'{input}' has no country code: write it internationally (+49 151 1234 5678), or configure Bcm:People:DefaultRegion to accept national numbers.";
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, _defaultRegion ?? "ZZ");
        }
        catch (NumberParseException ex)
        {
            error = $"'{input}' is not a phone number ({Describe(ex.ErrorType)}).";
            return false;
        }
        if (!Util.IsValidNumber(number))
        {
            error = $"'{input}' is not a valid phone number for {Util.GetRegionCodeForNumber(number) ?? $"country code +{number.CountryCode}"}.";
            return false;
        }
        e164 = Util.Format(number, PhoneNumberFormat.E164);
        error = null;
        return true;
    }

    /// <summary>The country calling code of an E.164 number (<c>86</c> for <c>+8613800138000</c>), or null when it does not parse.</summary>
    public static string? CountryCodeOf(string e164)
    {
        try
        {
            return Util.Parse(e164, "ZZ").CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static string Describe(ErrorType type) => type switch
    {
        ErrorType.INVALID_COUNTRY_CODE => "unknown country code",
        ErrorType.NOT_A_NUMBER => "not a number",
        ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => "too short",
        ErrorType.TOO_LONG => "too long",
        _ => type.ToString(),
    };
}
