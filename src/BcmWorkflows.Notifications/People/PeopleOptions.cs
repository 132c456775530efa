namespace BcmWorkflows.Notifications.People;

/// <summary><c>Bcm:People:*</c>.</summary>
public sealed class PeopleOptions
{
    public const string SectionName = "Bcm:People";

    /// <summary>
    /// ISO 3166 region (<c>DE</c>, <c>CN</c>) used to read phone numbers written without a country code
    /// (<c>0151 1234 5678</c>). Unset: only international numbers (<c>+49…</c>, <c>0049…</c>) are accepted.
    /// </summary>
    public string? DefaultRegion { get; set; }
}
