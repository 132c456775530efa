namespace BcmWorkflows.Domain.Organisation;

/// <summary>
/// Who a call-tree wave, a task or a training assignment addresses: <c>person:{id}</c>, <c>role:{key}</c> (everyone
/// holding the role), <c>orgunit:{id}</c> (everyone in the unit) or a bare person id.
/// </summary>
public readonly record struct MemberRef(MemberKind Kind, string Id)
{
    public static bool TryParse(string? text, out MemberRef member)
    {
        member = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) { member = new MemberRef(MemberKind.Person, text); return true; }
        var id = text[(colon + 1)..].Trim();
        if (id.Length == 0) return false;
        MemberKind? kind = text[..colon].Trim().ToLowerInvariant() switch
        {
            "person" => MemberKind.Person,
            "role" => MemberKind.Role,
            "orgunit" => MemberKind.OrgUnit,
            _ => null,
        };
        if (kind is null) return false;
        member = new MemberRef(kind.Value, id);
        return true;
    }

    public override string ToString() => Kind switch
    {
        MemberKind.Role => $"role:{Id}",
        MemberKind.OrgUnit => $"orgunit:{Id}",
        _ => $"person:{Id}",
    };
}
