using BcmWorkflows.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain.Risks;

/// <summary>
/// Creates and replaces risks: validates everything first (every problem keyed by its path), computes the rating and
/// level, stages the record and an audit line on <c>risk:{id}</c>. The caller saves.
/// </summary>
public sealed class RiskRegister(IDomainDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<Risk> CreateAsync(RiskInput input, string actor, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, cancellationToken);
        var now = clock.GetUtcNow();
        var risk = new Risk { Id = Ids.New(), Threat = "", CreatedAt = now };
        Apply(risk, input, now);
        db.Risks.Add(risk);
        audit.Record(Subjects.Risk(risk.Id), AuditKind.StateChange, "created", actor, $"Risk {risk.Threat} created ({risk.Level}, {risk.Rating}).");
        return risk;
    }

    public async Task<Risk> UpdateAsync(string id, RiskInput input, string actor, CancellationToken cancellationToken)
    {
        var risk = await db.Risks.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new DomainNotFoundException("Risk", id);
        await ValidateAsync(input, cancellationToken);
        Apply(risk, input, clock.GetUtcNow());
        audit.Record(Subjects.Risk(risk.Id), AuditKind.StateChange, "updated", actor, $"Risk {risk.Threat} updated ({risk.Level}, {risk.Rating}).");
        return risk;
    }

    private async Task ValidateAsync(RiskInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        errors.RequireText("threat", input.Threat, 200);
        errors.LimitText("description", input.Description, 4000);
        errors.Enum<RiskCategory>("category", input.Category);
        Scale(errors, "likelihood", input.Likelihood);
        Scale(errors, "impact", input.Impact);
        errors.Enum<RiskTreatment>("treatment", input.Treatment);
        errors.LimitText("treatmentDescription", input.TreatmentDescription, 4000);
        if (input.OwnerPersonId is { } owner && !await db.People.AnyAsync(p => p.Id == owner, cancellationToken))
            errors.Add("ownerPersonId", $"No person '{owner}'.");
        await References.CheckProcessesAsync(db, input.ProcessIds ?? [], "processIds", errors, cancellationToken);
        errors.ThrowIfAny();
    }

    private static void Scale(ErrorList errors, string path, int? value)
    {
        if (value is not (>= RiskRating.Min and <= RiskRating.Max)) errors.Add(path, $"Required: {RiskRating.Min} to {RiskRating.Max}.");
    }

    private static void Apply(Risk risk, RiskInput input, DateTimeOffset now)
    {
        risk.Threat = input.Threat!.Trim();
        risk.Description = input.Description;
        risk.Category = Enum.Parse<RiskCategory>(input.Category!, ignoreCase: true);
        risk.Likelihood = input.Likelihood!.Value;
        risk.Impact = input.Impact!.Value;
        risk.Rating = RiskRating.Of(risk.Likelihood, risk.Impact);
        risk.Level = RiskRating.LevelOf(risk.Rating);
        risk.Treatment = Enum.Parse<RiskTreatment>(input.Treatment!, ignoreCase: true);
        risk.TreatmentDescription = input.TreatmentDescription;
        risk.OwnerPersonId = input.OwnerPersonId;
        risk.ProcessIdsJson = JsonColumn.Write((input.ProcessIds ?? []).Distinct().ToList());
        risk.UpdatedAt = now;
        risk.Revision++;
    }
}
