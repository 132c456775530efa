using Role = BcmWorkflows.Server.Auth.Roles;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>
/// Who may call an endpoint: the answer an anonymous caller gets, and the roles let through (every other role gets
/// 403). Written by hand from the slices' <c>RequireAuthorization</c> and the domain's own rules.
/// </summary>
public sealed record Access(Answer Anonymous, IReadOnlySet<string> Allowed)
{
    /// <summary>No sign-in needed (login, acknowledgement links, health).</summary>
    public static readonly Access Public = new(Answer.Allowed, Role.All.ToHashSet());

    /// <summary>Its own credential in the request (a Twilio signature): refused (403) without it, whoever signed in.</summary>
    public static readonly Access SignedRequest = new(Answer.Forbidden, new HashSet<string>());

    /// <summary>Any signed-in user, whatever their role; record rules (if any) are the handler's.</summary>
    public static readonly Access SignedIn = new(Answer.Unauthorized, Role.All.ToHashSet());

    /// <summary>The <c>Design</c> policy: Admin, Coordinator.</summary>
    public static readonly Access Design = Only(Role.Admin, Role.Coordinator);

    /// <summary>The <c>Manage</c> policy: Admin, Coordinator.</summary>
    public static readonly Access Manage = Only(Role.Admin, Role.Coordinator);

    /// <summary>The <c>Audit</c> policy: Admin, Coordinator, Manager.</summary>
    public static readonly Access Audit = Only(Role.Admin, Role.Coordinator, Role.Manager);

    /// <summary>Signed in and holding one of <paramref name="roles"/>.</summary>
    public static Access Only(params string[] roles) => new(Answer.Unauthorized, roles.ToHashSet());

    /// <summary>The answer for <paramref name="role"/> (null: anonymous).</summary>
    public Answer For(string? role) => role is null ? Anonymous : Allowed.Contains(role) ? Answer.Allowed : Answer.Forbidden;

    public override string ToString() =>
        $"anonymous {Anonymous}, allowed: {(Allowed.Count == 0 ? "none" : string.Join("/", Role.All.Where(Allowed.Contains)))}";
}
