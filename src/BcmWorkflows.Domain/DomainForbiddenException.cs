namespace BcmWorkflows.Domain;

/// <summary>
/// The caller is signed in but may not do this to this record (completing a task assigned to someone else): a 403.
/// </summary>
public sealed class DomainForbiddenException(string field, string message) : DomainException(field, message);
