using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Org-unit scoping of plan changes. A person acting through their own account whose linked person
/// (<c>Person.UserId</c>) belongs to an org unit U may change only plans of U and of the units below it
/// (<c>OrgUnit.ParentId</c>, any depth). Not scoped: administrators, workflows (they act on decisions already taken),
/// and accounts with no linked person or whose person has no org unit — these keep organisation-wide rights, so a
/// coordinator who should be limited must be linked to a person in their unit. A plan without an org unit belongs to
/// the whole organisation: only unscoped actors change it. The plan's owner may always work on its revisions
/// (edit, move them on), wherever the owner sits; plan metadata stays with the scoped coordinators.
/// </summary>
public sealed class PlanScope(IDomainDb db)
{
    /// <summary>
    /// Throws <see cref="DomainForbiddenException"/> (403, on <paramref name="field"/>) unless <paramref name="actor"/>
    /// may change a plan of <paramref name="orgUnitId"/>. With <paramref name="owner"/> set, the plan's owner person
    /// passes too.
    /// </summary>
    public async Task CheckAsync(string? orgUnitId, PlanActor actor, string field, string? owner, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(actor, cancellationToken);
        if (units is null || (orgUnitId is not null && units.Contains(orgUnitId))) return;
        if (owner is not null && await db.People.AnyAsync(p => p.Id == owner && p.UserId == actor.UserId, cancellationToken)) return;
        throw new DomainForbiddenException(field, orgUnitId is null
            ? $"{actor.Name} works for org unit(s) {string.Join(", ", units.Order(StringComparer.Ordinal))} and may not change plans that belong to no unit."
            : $"{actor.Name} works for org unit(s) {string.Join(", ", units.Order(StringComparer.Ordinal))} and may not change plans of '{orgUnitId}'.");
    }

    /// <summary>
    /// The org units whose plans <paramref name="actor"/> may change (their person's unit and every unit below it), or
    /// null when the actor is not scoped.
    /// </summary>
    public async Task<IReadOnlySet<string>?> UnitsAsync(PlanActor actor, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin || actor.IsWorkflow || actor.UserId is null) return null;
        var roots = await db.People.AsNoTracking()
            .Where(p => p.UserId == actor.UserId && p.OrgUnit != null)
            .Select(p => p.OrgUnit!).Distinct().ToListAsync(cancellationToken);
        if (roots.Count == 0) return null;

        // Org units are few (tens to hundreds): walk the tree in memory rather than with a recursive query per provider.
        var children = (await db.OrgUnits.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken))
            .ToLookup(u => u.ParentId!, u => u.Id, StringComparer.Ordinal);
        var scope = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(roots);
        while (pending.TryDequeue(out var unit))
        {
            if (!scope.Add(unit)) continue; // a cycle in the parents must not loop forever
            foreach (var child in children[unit]) pending.Enqueue(child);
        }
        return scope;
    }
}
