namespace BcmWorkflows.Server.Auth.ApiKeys;

/// <summary>
/// What an API key may be granted. Each scope opens a few named endpoints and nothing else: a key never holds a role,
/// so it can never design, manage, audit or administer.
/// </summary>
public static class ApiKeyScopes
{
    /// <summary><c>POST /api/incidents</c> (monitoring systems declaring incidents).</summary>
    public const string IncidentsDeclare = "incidents:declare";

    /// <summary><c>POST /api/people</c>, <c>PUT /api/people/{id}</c>, <c>POST /api/people/import</c> (HR sync).</summary>
    public const string PeopleSync = "people:sync";

    /// <summary><c>POST /api/events/{name}</c>.</summary>
    public const string EventsRaise = "events:raise";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { IncidentsDeclare, PeopleSync, EventsRaise };
}
