namespace BcmWorkflows.Notifications.People.Import;

/// <summary>
/// What an import did: when <see cref="Errors"/> is empty, the people created and updated (ids in file order);
/// otherwise every problem, keyed <c>row N: column</c>, and nothing was stored.
/// </summary>
public sealed class PeopleImportResult
{
    public Dictionary<string, string[]> Errors { get; init; } = new(StringComparer.Ordinal);
    public int Created { get; init; }
    public int Updated { get; init; }
    public IReadOnlyList<string> PersonIds { get; init; } = [];

    /// <summary>The ids of the people this import created (not those it updated).</summary>
    public IReadOnlyList<string> CreatedIds { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
