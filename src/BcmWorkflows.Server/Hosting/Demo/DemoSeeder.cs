using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Notifications.People;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Hosting.Demo;

/// <summary>
/// Seeds the demo data when <c>Bcm:Demo</c> is true: org units, people, role holders, then the BCM records of each
/// area. Each record is created only when its fixed id is absent, so a restart (or a second node) changes nothing and
/// a coordinator's edits to demo records are kept.
/// </summary>
public sealed class DemoSeeder(BcmDbContext db, DemoRecords records, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var created = 0;
        foreach (var p in DemoOrganisation.People)
        {
            if (await db.People.AnyAsync(x => x.Id == p.Id, cancellationToken)) continue;
            db.People.Add(new Person
            {
                Id = p.Id, Name = p.Name, Email = p.Email, Phone = p.Phone, Language = p.Language, OrgUnit = p.OrgUnit,
                ChannelOrder = p.Channels, CreatedAt = now, UpdatedAt = now, Revision = 1,
            });
            created++;
        }
        foreach (var (id, name, parent, manager) in DemoOrganisation.Units)
        {
            if (await db.OrgUnits.AnyAsync(u => u.Id == id, cancellationToken)) continue;
            db.OrgUnits.Add(new OrgUnit { Id = id, Name = name, ParentId = parent, ManagerPersonId = manager, CreatedAt = now, UpdatedAt = now, Revision = 1 });
            created++;
        }
        foreach (var (role, person, rank) in DemoOrganisation.Holders)
        {
            if (await db.RoleAssignments.AnyAsync(a => a.RoleId == role && a.PersonId == person, cancellationToken)) continue;
            db.RoleAssignments.Add(new RoleAssignment { Id = Ids.New(), RoleId = role, PersonId = person, Rank = rank, AssignedAt = now });
            created++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded at the same moment; its rows are the same fixed records.
            db.ChangeTracker.Clear();
        }
        logger.LogInformation("Demo data: {Created} organisation record(s) created", created);
        await records.SeedAsync(cancellationToken);
    }
}
