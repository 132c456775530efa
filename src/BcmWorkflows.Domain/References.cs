using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain;

/// <summary>Checks of references between the domain's records, each problem keyed <c>{path}[i]</c>.</summary>
public static class References
{
    public static async Task CheckProcessesAsync(IDomainDb db, IReadOnlyList<string> ids, string path, ErrorList errors, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => id is not null).Distinct().ToList();
        var known = await db.CriticalProcesses.Where(p => wanted.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is null) errors.Add($"{path}[{i}]", "A process id is required, not null.");
            else if (!known.Contains(ids[i])) errors.Add($"{path}[{i}]", $"No process '{ids[i]}'.");
        }
    }
}
