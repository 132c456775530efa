using BcmWorkflows.Data;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Server.Errors;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.People;

/// <summary>What creating and updating a person share: validation into a 400 keyed by field, opt-outs, the account link.</summary>
internal static class PersonWrites
{
    public static async Task<ValidatedPerson> ValidateAsync(PersonRequest body, PersonValidator validator, BcmDbContext db, CancellationToken cancellationToken)
    {
        var person = validator.Validate(new PersonFields
        {
            Name = body.Name, Email = body.Email, Phone = body.Phone, Language = body.Language, Channels = body.Channels, OrgUnit = body.OrgUnit,
        });
        var errors = new Dictionary<string, string[]>(person.Errors, StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(body.UserId) && !await db.Users.AnyAsync(u => u.Id == body.UserId, cancellationToken))
            errors["userId"] = [$"No user account has the id '{body.UserId}'."];
        if (errors.Count > 0) throw new RequestValidationException("The person is not valid.", errors);
        return person;
    }

    public static void Apply(Person person, ValidatedPerson values, PersonRequest body, DateTimeOffset now)
    {
        values.ApplyTo(person);
        person.UserId = string.IsNullOrEmpty(body.UserId) ? null : body.UserId;
        if (body.OptOut?.Sms is { } sms) person.SmsOptedOutAt = sms ? person.SmsOptedOutAt ?? now : null;
        if (body.OptOut?.Email is { } email) person.EmailOptedOutAt = email ? person.EmailOptedOutAt ?? now : null;
        person.UpdatedAt = now;
    }
}
