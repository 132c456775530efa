using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Server.Features.People;

/// <summary>A person as the API shows it.</summary>
public sealed record PersonView(
    string Id,
    string Name,
    string? Email,
    string? Phone,
    string Language,
    IReadOnlyList<string> Channels,
    OptOutView OptOut,
    string? OrgUnit,
    string? UserId,
    long Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PersonView From(Person person) => new(
        person.Id, person.Name, person.Email, person.Phone, person.Language,
        person.Channels.Select(c => c.ToString()).ToList(),
        new OptOutView(person.SmsOptedOutAt is not null, person.EmailOptedOutAt is not null, person.SmsOptedOutAt, person.EmailOptedOutAt),
        person.OrgUnit, person.UserId, person.Revision, person.CreatedAt, person.UpdatedAt);
}
