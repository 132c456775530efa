namespace BcmWorkflows.Domain.Audit;

/// <summary>The subject keys of the audit trail: <c>kind:id</c>. <c>GET /api/audit?subject=incident:{id}</c> takes these.</summary>
public static class Subjects
{
    public const string IncidentKind = "incident";
    public const string PlanKind = "plan";
    public const string ActionKind = "action";
    public const string CallTreeKind = "calltree";
    public const string ExerciseKind = "exercise";
    public const string TrainingKind = "training";
    public const string TaskKind = "task";
    public const string PersonKind = "person";
    public const string ProcessKind = "process";
    public const string RiskKind = "risk";
    public const string OrgUnitKind = "orgunit";
    public const string RoleKind = "role";
    public const string ApiKeyKind = "apikey";
    public const string UserKind = "user";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        IncidentKind, PlanKind, ActionKind, CallTreeKind, ExerciseKind, TrainingKind, TaskKind, PersonKind, ProcessKind, RiskKind,
        OrgUnitKind, RoleKind, ApiKeyKind, UserKind,
    };

    public static string Incident(string id) => $"{IncidentKind}:{id}";
    public static string Plan(string id) => $"{PlanKind}:{id}";
    public static string Action(string id) => $"{ActionKind}:{id}";
    public static string CallTree(string id) => $"{CallTreeKind}:{id}";
    public static string Exercise(string id) => $"{ExerciseKind}:{id}";
    public static string Training(string id) => $"{TrainingKind}:{id}";
    public static string Task(string id) => $"{TaskKind}:{id}";
    public static string Person(string id) => $"{PersonKind}:{id}";
    public static string Process(string id) => $"{ProcessKind}:{id}";
    public static string Risk(string id) => $"{RiskKind}:{id}";
    public static string OrgUnit(string id) => $"{OrgUnitKind}:{id}";
    public static string Role(string id) => $"{RoleKind}:{id}";
    public static string ApiKey(string id) => $"{ApiKeyKind}:{id}";
    public static string User(string id) => $"{UserKind}:{id}";

    /// <summary>Splits <c>kind:id</c>; false when the kind is unknown or the id empty.</summary>
    public static bool TryParse(string? subject, out string kind, out string id)
    {
        kind = id = "";
        var colon = subject?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (subject is null || colon <= 0 || colon == subject.Length - 1) return false;
        kind = subject[..colon];
        id = subject[(colon + 1)..];
        return Kinds.Contains(kind);
    }
}
