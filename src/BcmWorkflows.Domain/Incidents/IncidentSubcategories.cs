namespace BcmWorkflows.Domain.Incidents;

/// <summary>The subcategories each <see cref="IncidentCategory"/> allows (every category also has <c>Other</c>).</summary>
public static class IncidentSubcategories
{
    public static readonly IReadOnlyDictionary<IncidentCategory, IReadOnlyList<string>> ByCategory =
        new Dictionary<IncidentCategory, IReadOnlyList<string>>
        {
            [IncidentCategory.Natural] = ["Earthquake", "Flood", "Typhoon", "Storm", "Pandemic", "Other"],
            [IncidentCategory.Technical] = ["SystemCrash", "NetworkOutage", "DataCentreFailure", "PowerFailure", "Other"],
            [IncidentCategory.HumanCaused] = ["Fire", "MaliciousAttack", "Robbery", "Sabotage", "Other"],
        };

    /// <summary>The subcategory as the table spells it (matched without regard to case), or null when the category does not have it.</summary>
    public static string? Find(IncidentCategory category, string? subcategory) =>
        subcategory is null ? null : ByCategory[category].FirstOrDefault(s => s.Equals(subcategory.Trim(), StringComparison.OrdinalIgnoreCase));
}
