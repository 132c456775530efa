using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.People.Import;

/// <summary>
/// Imports people from CSV (<see cref="PeopleCsv"/>), all or nothing: every row is checked first, and only when all
/// are right are they stored, in one transaction. A row with an <c>id</c> updates that person; a row without one
/// updates the person with the same email (case-insensitive) or creates a new person. On update, a column missing from
/// the file leaves that field as it is; an empty cell clears it (language: back to <c>en</c>; channels: Sms then Email
/// for the addresses the person has). Opt-outs and account links are never changed by an import.
/// </summary>
public sealed class PeopleImporter(INotificationsDb db, PersonValidator validator, TimeProvider clock)
{
    /// <summary>Person rows one file may hold.</summary>
    public const int MaxRows = 20_000;

    public async Task<PeopleImportResult> ImportAsync(string csv, CancellationToken cancellationToken)
    {
        var (rows, errors) = PeopleCsv.Parse(csv, MaxRows);
        if (errors.Count > 0) return new PeopleImportResult { Errors = errors };

        var byId = await LoadByIdAsync(rows, cancellationToken);
        var byEmail = await LoadByEmailAsync(rows, cancellationToken);
        var plan = new List<(PeopleCsvRow Row, Person? Existing, ValidatedPerson Person)>(rows.Count);
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal); // person id or email → the row that claims it
        foreach (var row in rows)
        {
            var existing = Match(row, byId, byEmail, claimed, errors);
            var person = validator.Validate(FieldsOf(row, existing));
            foreach (var (field, messages) in person.Errors) errors[PeopleCsv.Key(row.Row, field)] = messages;
            plan.Add((row, existing, person));
        }
        if (errors.Count > 0) return new PeopleImportResult { Errors = errors };

        var now = clock.GetUtcNow();
        var ids = new List<string>(plan.Count);
        var createdIds = new List<string>();
        int created = 0, updated = 0;
        foreach (var (_, existing, validated) in plan)
        {
            var person = existing;
            if (person is null)
            {
                person = new Person { Id = Guid.CreateVersion7().ToString("N"), Name = validated.Name, CreatedAt = now, Revision = 0 };
                db.People.Add(person);
                createdIds.Add(person.Id);
                created++;
            }
            else
            {
                updated++;
            }
            validated.ApplyTo(person);
            person.UpdatedAt = now;
            person.Revision++;
            ids.Add(person.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new PeopleImportResult { Created = created, Updated = updated, PersonIds = ids, CreatedIds = createdIds };
    }

    private static Person? Match(PeopleCsvRow row, Dictionary<string, Person> byId, ILookup<string, Person> byEmail,
        Dictionary<string, int> claimed, Dictionary<string, string[]> errors)
    {
        Person? existing = null;
        var id = row.Cell(PeopleCsv.Id);
        if (!string.IsNullOrEmpty(id))
        {
            if (!byId.TryGetValue(id, out existing))
            {
                errors[PeopleCsv.Key(row.Row, PeopleCsv.Id)] = [$"No person has the id '{id}'."];
                return null;
            }
        }
        else if (row.Cell(PeopleCsv.Email) is { Length: > 0 } email)
        {
            var matches = byEmail[email.ToLowerInvariant()].ToList();
            if (matches.Count > 1)
            {
                errors[PeopleCsv.Key(row.Row, PeopleCsv.Email)] = [$"{matches.Count} people have the email '{email}': add the id of the one to update."];
                return null;
            }
            existing = matches.SingleOrDefault();
            if (existing is null && !Claim(row, "email:" + email.ToLowerInvariant(), PeopleCsv.Email, $"The email '{email}' is also in row {{0}}.", claimed, errors))
                return null;
        }
        if (existing is not null && !Claim(row, "id:" + existing.Id, id is { Length: > 0 } ? PeopleCsv.Id : PeopleCsv.Email,
                "Row {0} changes the same person.", claimed, errors))
            return null;
        return existing;
    }

    private static bool Claim(PeopleCsvRow row, string key, string column, string message, Dictionary<string, int> claimed, Dictionary<string, string[]> errors)
    {
        if (claimed.TryGetValue(key, out var other))
        {
            errors[PeopleCsv.Key(row.Row, column)] = [string.Format(System.Globalization.CultureInfo.InvariantCulture, message, other)];
            return false;
        }
        claimed[key] = row.Row;
        return true;
    }

    /// <summary>The row's cells over the existing person's values: columns the file lacks keep what is stored.</summary>
    private static PersonFields FieldsOf(PeopleCsvRow row, Person? existing) => new()
    {
        Name = row.Has(PeopleCsv.Name) ? row.Cell(PeopleCsv.Name) : existing?.Name,
        Email = row.Has(PeopleCsv.Email) ? row.Cell(PeopleCsv.Email) : existing?.Email,
        Phone = row.Has(PeopleCsv.Phone) ? row.Cell(PeopleCsv.Phone) : existing?.Phone,
        Language = row.Has(PeopleCsv.Language) ? row.Cell(PeopleCsv.Language) : existing?.Language,
        Channels = row.Has(PeopleCsv.Channels)
            ? PeopleCsv.SplitChannels(row.Cell(PeopleCsv.Channels))
            : existing?.Channels.Select(c => c.ToString()).ToList(),
        OrgUnit = row.Has(PeopleCsv.OrgUnit) ? row.Cell(PeopleCsv.OrgUnit) : existing?.OrgUnit,
    };

    private async Task<Dictionary<string, Person>> LoadByIdAsync(List<PeopleCsvRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Cell(PeopleCsv.Id)).OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken);
    }

    private async Task<ILookup<string, Person>> LoadByEmailAsync(List<PeopleCsvRow> rows, CancellationToken cancellationToken)
    {
        var emails = rows.Where(r => string.IsNullOrEmpty(r.Cell(PeopleCsv.Id)))
            .Select(r => r.Cell(PeopleCsv.Email)?.ToLowerInvariant()).OfType<string>().Where(e => e.Length > 0).Distinct().ToList();
        if (emails.Count == 0) return Array.Empty<Person>().ToLookup(p => "");
        var people = await db.People.Where(p => p.Email != null && emails.Contains(p.Email.ToLower())).ToListAsync(cancellationToken);
        return people.ToLookup(p => p.Email!.ToLowerInvariant(), StringComparer.Ordinal);
    }
}
