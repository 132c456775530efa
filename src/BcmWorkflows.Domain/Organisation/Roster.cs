using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Organisation;

/// <summary>
/// Answers "who is that?" for member references: resolves them to person ids (in the order given, roles by rank,
/// each person once), checks that every reference exists (errors keyed by path for a 400), and finds a person's manager.
/// </summary>
public sealed class Roster(IDomainDb db)
{
    /// <summary>
    /// The people the references stand for, each once, in order; unknown references are skipped. Person references are
    /// checked together (one query per 1,000), roles and org units with one query each.
    /// </summary>
    public async Task<IReadOnlyList<string>> ResolveAsync(IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var members = new List<MemberRef>();
        foreach (var text in references)
            if (MemberRef.TryParse(text, out var member)) members.Add(member);
        var existing = await ExistingPeopleAsync(members.Where(m => m.Kind == MemberKind.Person).Select(m => m.Id), cancellationToken);

        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            IReadOnlyList<string> people = member.Kind == MemberKind.Person
                ? existing.Contains(member.Id) ? [member.Id] : []
                : await PeopleOfAsync(member, cancellationToken);
            foreach (var personId in people)
                if (seen.Add(personId)) result.Add(personId);
        }
        return result;
    }

    /// <summary>Every reference that is malformed or names nothing, keyed <c>{path}[i]</c>.</summary>
    public async Task<Dictionary<string, string[]>> CheckAsync(IReadOnlyList<string> references, string path, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < references.Count; i++)
        {
            var key = $"{path}[{i}]";
            if (!MemberRef.TryParse(references[i], out var member))
            {
                errors[key] = [$"'{references[i]}' is not a member reference: use person:{{id}}, role:{{key}} or orgunit:{{id}}."];
                continue;
            }
            var exists = member.Kind switch
            {
                MemberKind.Person => await db.People.AnyAsync(p => p.Id == member.Id, cancellationToken),
                MemberKind.Role => await db.BcmRoles.AnyAsync(r => r.Id == member.Id, cancellationToken),
                _ => await db.OrgUnits.AnyAsync(u => u.Id == member.Id, cancellationToken),
            };
            if (!exists) errors[key] = [$"No {member.Kind.ToString().ToLowerInvariant()} '{member.Id}'."];
        }
        return errors;
    }

    /// <summary>Throws <see cref="DomainValidationException"/> listing every bad reference.</summary>
    public async Task EnsureExistAsync(IReadOnlyList<string> references, string path, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(references, path, cancellationToken);
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    /// <summary>The manager of the person's org unit, or of the nearest unit above it that has one; null if none.</summary>
    public async Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken)
    {
        var unitId = await db.People.Where(p => p.Id == personId).Select(p => p.OrgUnit).FirstOrDefaultAsync(cancellationToken);
        for (var depth = 0; unitId is not null && depth < 20; depth++)
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
            if (unit is null) return null;
            if (unit.ManagerPersonId is { } manager && manager != personId) return manager;
            unitId = unit.ParentId;
        }
        return null;
    }

    /// <summary>Of <paramref name="ids"/>, those that are people.</summary>
    private async Task<HashSet<string>> ExistingPeopleAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(1000))
            existing.UnionWith(await db.People.Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken));
        return existing;
    }

    /// <summary>The people of a role (by rank) or an org unit (by name).</summary>
    private async Task<IReadOnlyList<string>> PeopleOfAsync(MemberRef member, CancellationToken cancellationToken) => member.Kind switch
    {
        MemberKind.Role => await db.RoleAssignments.Where(a => a.RoleId == member.Id)
            .OrderBy(a => a.Rank).ThenBy(a => a.AssignedAt).Select(a => a.PersonId).ToListAsync(cancellationToken),
        _ => await db.People.Where(p => p.OrgUnit == member.Id).OrderBy(p => p.Name).Select(p => p.Id).ToListAsync(cancellationToken),
    };
}
