namespace BcmWorkflows.Server.Errors;

/// <summary>The request does not fit the resource's current state: a 409 problem.</summary>
public sealed class ConflictException(string message) : Exception(message);
