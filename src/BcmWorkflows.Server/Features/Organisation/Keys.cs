using System.Text.RegularExpressions;
using BcmWorkflows.Domain;

namespace BcmWorkflows.Server.Features.Organisation;

/// <summary>The short keys coordinators choose for org units and roles: lower-case letters, digits and dashes.</summary>
public static partial class Keys
{
    public static void Check(string key, string field)
    {
        if (!Pattern().IsMatch(key))
            throw new DomainValidationException(field, "Use 1 to 100 lower-case letters, digits and dashes, starting with a letter or digit.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex Pattern();
}
