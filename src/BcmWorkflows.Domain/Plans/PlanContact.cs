namespace BcmWorkflows.Domain.Plans;

/// <summary>A contact of the communication plan; <see cref="External"/> marks regulators, suppliers and partners.</summary>
public sealed record PlanContact(string? Name, string? Role, string? Phone, string? Email, bool External);
