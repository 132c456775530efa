namespace BcmWorkflows.Server.Features.People;

/// <summary>
/// The body of <c>POST /api/people</c> and <c>PUT /api/people/{id}</c>. <c>channels</c> left out: Sms then Email for
/// the addresses given. <c>optOut</c> left out: unchanged (new people: opted in). <c>revision</c>: required on PUT,
/// the one last read.
/// </summary>
public sealed record PersonRequest(
    string? Name,
    string? Email,
    string? Phone,
    string? Language,
    List<string>? Channels,
    OptOutRequest? OptOut,
    string? OrgUnit,
    string? UserId,
    long? Revision);
