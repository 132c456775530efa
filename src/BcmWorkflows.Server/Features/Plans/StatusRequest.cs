namespace BcmWorkflows.Server.Features.Plans;

/// <summary>The body of <c>POST /api/plans/{id}/revisions/{n}/status</c>; <c>comment</c> is required when returning.</summary>
public sealed record StatusRequest(string? Status, string? Comment);
