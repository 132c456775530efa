using System.Text.Json.Nodes;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>
/// Saves call trees (validated in full first, <see cref="CallTreeValidator"/>) and records activations. Audit lines go
/// to <c>calltree:{id}</c> (and the incident an activation is for) in the caller's unit of work; the caller saves.
/// </summary>
public sealed class CallTreeService(IDomainDb db, CallTreeValidator validator, AuditLog audit, TimeProvider clock)
{
    public const int MessageLength = 1000;

    public async Task<CallTree> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.CallTrees.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new DomainNotFoundException("Call tree", id);

    /// <summary>Creates (id null or unknown) or replaces a call tree; returns it and whether it was created.</summary>
    public async Task<(CallTree Tree, bool Created)> SaveAsync(string? id, CallTreeInput input, string actor, CancellationToken cancellationToken)
    {
        if (id is not null && (string.IsNullOrWhiteSpace(id) || id.Length > 64)) throw new DomainValidationException("id", "An id of 1 to 64 characters.");
        var (errors, waves) = await validator.CheckAsync(input, cancellationToken);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = clock.GetUtcNow();
        var tree = id is null ? null : await db.CallTrees.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var created = tree is null;
        tree ??= db.CallTrees.Add(new CallTree { Id = id ?? Ids.New(), Name = "", CreatedBy = actor, CreatedAt = now }).Entity;
        tree.Name = input.Name!.Trim();
        tree.Description = input.Description;
        tree.Template = input.Template?.Trim() ?? CallTree.DefaultTemplate;
        tree.EscalateNonResponders = input.EscalateNonResponders ?? true;
        tree.Waves = waves;
        tree.UpdatedAt = now;
        tree.Revision++;
        audit.Record(Subjects.CallTree(tree.Id), AuditKind.StateChange, created ? "created" : "updated", actor,
            $"Call tree '{tree.Name}' {(created ? "created" : "updated")} with {waves.Count} wave(s).");
        return (tree, created);
    }

    /// <summary>Stages an activation (status Requested) for the call tree; an unknown incident is a 400 on <c>incidentId</c>.</summary>
    public async Task<CallTreeActivation> ActivateAsync(string callTreeId, string? incidentId, string? message, string actor, CancellationToken cancellationToken)
    {
        var tree = await GetAsync(callTreeId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        Incident? incident = null;
        if (incidentId is not null && (incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken)) is null)
            errors["incidentId"] = [$"No incident '{incidentId}'."];
        if (message?.Length > MessageLength) errors["message"] = [$"At most {MessageLength} characters."];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var activation = new CallTreeActivation
        {
            Id = Ids.New(),
            CallTreeId = tree.Id,
            IncidentId = incident?.Id,
            Message = message,
            ActivatedBy = actor,
            At = clock.GetUtcNow(),
            Status = CallTreeActivationStatus.Requested,
        };
        db.CallTreeActivations.Add(activation);
        var data = new JsonObject { ["activationId"] = activation.Id, ["callTreeId"] = tree.Id, ["incidentId"] = activation.IncidentId };
        audit.Record(Subjects.CallTree(tree.Id), AuditKind.StateChange, "activated", actor,
            $"Call tree '{tree.Name}' activated{(incident is null ? "" : $" for incident '{incident.Title}'")}.", data);
        if (incident is not null)
            audit.Record(Subjects.Incident(incident.Id), AuditKind.StateChange, "calltree:activated", actor,
                $"Call tree '{tree.Name}' activated.", data.DeepClone());
        return activation;
    }
}
