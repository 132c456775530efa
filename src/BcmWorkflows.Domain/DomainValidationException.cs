namespace BcmWorkflows.Domain;

/// <summary>Input that breaks a rule (a reference to a person that does not exist, a quorum larger than its wave): a 400.</summary>
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException(string field, string message) : base(field, message) =>
        Errors = new Dictionary<string, string[]> { [field] = [message] };

    /// <summary>Several problems at once, each keyed by its path.</summary>
    public DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(errors.Keys.FirstOrDefault() ?? "$", string.Join(" ", errors.SelectMany(e => e.Value))) => Errors = errors;

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
