namespace BcmWorkflows.Data;

/// <summary>The version a save (or revert) wrote; <see cref="Created"/> when the definition id was new (HTTP 201).</summary>
public sealed record SaveDraftResult(string DefinitionId, int Version, bool IsLatest, bool IsPublished, bool Created);
