using BcmWorkflows.Data.Entities;

namespace BcmWorkflows.Server.Features.ApiKeys;

/// <summary>An API key as listed: never its secret or hash.</summary>
public sealed record ApiKeyView(string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public static ApiKeyView From(ApiKeyRecord key) => new(key.Id, key.Name, key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.RevokedBy);
}
