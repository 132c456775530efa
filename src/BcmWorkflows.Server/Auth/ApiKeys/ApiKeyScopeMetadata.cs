namespace BcmWorkflows.Server.Auth.ApiKeys;

/// <summary>Endpoint metadata: an API key holding <see cref="Scope"/> may call this endpoint (whatever roles it asks of users).</summary>
public sealed record ApiKeyScopeMetadata(string Scope);
