namespace BcmWorkflows.Notifications.People;

/// <summary>A person's editable fields as given (API body, CSV row), before validation. Null means "not given".</summary>
public sealed record PersonFields
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Language { get; init; }
    /// <summary>Channel names in order of preference; null derives them from the addresses (Sms, then Email).</summary>
    public IReadOnlyList<string>? Channels { get; init; }
    public string? OrgUnit { get; init; }
}
