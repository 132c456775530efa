using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Processes;

/// <summary>
/// Creates and replaces critical processes: checks every rule and reference first (a 400 listing every problem,
/// nothing staged), then stages the record and an audit line on <c>process:{id}</c>. The caller saves.
/// </summary>
public sealed class ProcessRegistry(IDomainDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<CriticalProcess> CreateAsync(ProcessInput input, string actor, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, cancellationToken);
        var now = clock.GetUtcNow();
        var process = new CriticalProcess { Id = Ids.New(), Name = "", CreatedAt = now };
        Apply(process, input, now);
        db.CriticalProcesses.Add(process);
        audit.Record(Subjects.Process(process.Id), AuditKind.StateChange, "created", actor, $"Process {process.Name} created.");
        return process;
    }

    public async Task<CriticalProcess> UpdateAsync(string id, ProcessInput input, string actor, CancellationToken cancellationToken)
    {
        var process = await db.CriticalProcesses.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new DomainNotFoundException("Process", id);
        await ValidateAsync(input, cancellationToken);
        Apply(process, input, clock.GetUtcNow());
        audit.Record(Subjects.Process(process.Id), AuditKind.StateChange, "updated", actor, $"Process {process.Name} updated.");
        return process;
    }

    private async Task ValidateAsync(ProcessInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        ProcessRules.Check(input, errors);
        if (input.OrgUnitId is { } unit && !await db.OrgUnits.AnyAsync(u => u.Id == unit, cancellationToken))
            errors.Add("orgUnitId", $"No org unit '{unit}'.");
        if (input.OwnerPersonId is { } owner && !await db.People.AnyAsync(p => p.Id == owner, cancellationToken))
            errors.Add("ownerPersonId", $"No person '{owner}'.");
        errors.ThrowIfAny();
    }

    private static void Apply(CriticalProcess process, ProcessInput input, DateTimeOffset now)
    {
        process.Name = input.Name!.Trim();
        process.Description = input.Description;
        process.OrgUnitId = input.OrgUnitId;
        process.OwnerPersonId = input.OwnerPersonId;
        process.Criticality = input.Criticality is null ? Criticality.Medium : Enum.Parse<Criticality>(input.Criticality, ignoreCase: true);
        process.Rto = input.Rto?.Trim();
        process.Rpo = input.Rpo?.Trim();
        process.Mtpd = input.Mtpd?.Trim();
        process.ImpactOverTimeJson = JsonColumn.Write(input.ImpactOverTime ?? []);
        process.DependenciesJson = JsonColumn.Write((input.Dependencies ?? []).Select(d => d.Trim()).ToList());
        process.UpdatedAt = now;
        process.Revision++;
    }
}
