namespace BcmWorkflows.Server.Features.ApiKeys;

/// <summary>The answer to creating a key: the only time <see cref="Key"/> is ever shown.</summary>
public sealed record CreatedApiKey(string Id, string Name, IReadOnlyList<string> Scopes, string Key, DateTimeOffset CreatedAt, string CreatedBy);
