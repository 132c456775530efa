using BcmWorkflows.Domain.Processes;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Plans;

/// <summary>
/// Checks revision content before it is stored: each text section at most <see cref="MaxSectionLength"/> characters,
/// every recovery step names a known process, a step, an ISO 8601 duration and (when given) a known BCM role;
/// every contact has a name. Problems are keyed by the JSON path under <paramref name="prefix"/>.
/// </summary>
public static class PlanContentRules
{
    public const int MaxSectionLength = 100_000;

    public static async Task CheckAsync(IDomainDb db, PlanContent content, string prefix, ErrorList errors, CancellationToken cancellationToken)
    {
        foreach (var (section, text) in content.TextSections()) errors.LimitText(prefix + section, text, MaxSectionLength);

        var steps = content.RecoverySteps;
        var processIds = steps.Select(s => s?.ProcessId).OfType<string>().Distinct().ToList();
        var knownProcesses = await db.CriticalProcesses.Where(p => processIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var roles = steps.Select(s => s?.OwnerRole).OfType<string>().Distinct().ToList();
        var knownRoles = await db.BcmRoles.Where(r => roles.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < steps.Count; i++)
        {
            var path = $"{prefix}recoverySteps[{i}]";
            if (steps[i] is not { } step)
            {
                errors.Add(path, "A step is required, not null.");
                continue;
            }
            if (step.ProcessId is null) errors.Add($"{path}.processId", "Required: the process this step recovers.");
            else if (!knownProcesses.Contains(step.ProcessId)) errors.Add($"{path}.processId", $"No process '{step.ProcessId}'.");
            errors.RequireText($"{path}.step", step.Step, 2000);
            ProcessRules.Duration(errors, $"{path}.duration", step.Duration, required: true);
            if (step.OwnerRole is { } role && !knownRoles.Contains(role)) errors.Add($"{path}.ownerRole", $"No BCM role '{role}'.");
        }

        for (var i = 0; i < content.Contacts.Count; i++)
        {
            var path = $"{prefix}contacts[{i}]";
            if (content.Contacts[i] is not { } contact)
            {
                errors.Add(path, "A contact is required, not null.");
                continue;
            }
            errors.RequireText($"{path}.name", contact.Name, 200);
            errors.LimitText($"{path}.role", contact.Role, 200);
            errors.LimitText($"{path}.phone", contact.Phone, 50);
            errors.LimitText($"{path}.email", contact.Email, 320);
        }
    }
}
