namespace BcmWorkflows.Domain;

/// <summary>The record a request addresses does not exist: a 404. (A reference inside a body is a validation error instead.)</summary>
public sealed class DomainNotFoundException(string what, string id) : DomainException("id", $"{what} '{id}' does not exist.")
{
    public string What { get; } = what;
    public string Id { get; } = id;
}
