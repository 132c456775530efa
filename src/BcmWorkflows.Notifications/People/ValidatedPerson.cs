namespace BcmWorkflows.Notifications.People;

/// <summary>
/// The outcome of <see cref="PersonValidator.Validate"/>: normalised values (E.164 phone, trimmed email, canonical
/// language, channel order) when <see cref="IsValid"/>, else <see cref="Errors"/> keyed by field
/// (<c>phone</c>, <c>email</c>, <c>channels[1]</c>).
/// </summary>
public sealed class ValidatedPerson
{
    public string Name { get; init; } = "";
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string Language { get; init; } = Languages.English;
    public IReadOnlyList<Channel> Channels { get; init; } = [];
    public string? OrgUnit { get; init; }
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    /// <summary>Copies the values onto <paramref name="person"/> (opt-outs, account link and bookkeeping are the caller's).</summary>
    public void ApplyTo(Person person)
    {
        if (!IsValid) throw new InvalidOperationException("An invalid person cannot be applied.");
        person.Name = Name;
        person.Email = Email;
        person.Phone = Phone;
        person.Language = Language;
        person.Channels = Channels;
        person.OrgUnit = OrgUnit;
    }
}
