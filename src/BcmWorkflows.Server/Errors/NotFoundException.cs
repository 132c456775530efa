namespace BcmWorkflows.Server.Errors;

/// <summary>The addressed resource does not exist: a 404 problem.</summary>
public sealed class NotFoundException(string message) : Exception(message);
