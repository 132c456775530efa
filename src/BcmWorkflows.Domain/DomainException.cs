namespace BcmWorkflows.Domain;

/// <summary>
/// A rule of the domain refused a change. <see cref="Field"/> names what was wrong in the caller's terms (a JSON path
/// such as <c>waves[1].quorum</c> or <c>status</c>), so the server can answer with a problem that points at it.
/// Nothing has been saved when one of these is thrown.
/// </summary>
public abstract class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
