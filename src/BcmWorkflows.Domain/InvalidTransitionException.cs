namespace BcmWorkflows.Domain;

/// <summary>
/// A state change the record's current state does not allow (approving a revision that is not pending, completing a
/// closed task, verifying an action that is not completed): a 409 that names the field and both states.
/// </summary>
public sealed class InvalidTransitionException(string field, string from, string to, string? why = null)
    : DomainException(field, why ?? $"Cannot move from {from} to {to}.")
{
    public string From { get; } = from;
    public string To { get; } = to;
}
