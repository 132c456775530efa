using BcmWorkflows.Data;
using BcmWorkflows.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Hosting;

/// <summary>Creates the standard BCM roles the default workflows name, when absent; a coordinator's edits are kept.</summary>
public sealed class StandardRolesSeeder(BcmDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.BcmRoles.Select(r => r.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (id, name, description) in StandardRoles.All.Where(r => !existing.Contains(r.Id)))
            db.BcmRoles.Add(new BcmRole { Id = id, Name = name, Description = description, CreatedAt = now, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded the same roles at the same moment: theirs are as good as ours.
            db.ChangeTracker.Clear();
        }
    }
}
