namespace BcmWorkflows.Domain.Processes;

/// <summary>
/// The BIA rules of a process that need no database: durations are ISO 8601, the RTO is no longer than the MTPD,
/// impact rows come in strictly increasing <c>after</c> and rate 0 to 5. Problems are keyed by JSON path.
/// </summary>
public static class ProcessRules
{
    public const int MaxRating = 5;

    public static void Check(ProcessInput input, ErrorList errors)
    {
        errors.RequireText("name", input.Name, 200);
        errors.LimitText("description", input.Description, 4000);
        if (input.Criticality is not null) errors.Enum<Criticality>("criticality", input.Criticality);
        var rto = Duration(errors, "rto", input.Rto);
        Duration(errors, "rpo", input.Rpo);
        var mtpd = Duration(errors, "mtpd", input.Mtpd);
        if (rto is { } r && mtpd is { } m && r > m) errors.Add("rto", $"The RTO ({input.Rto}) must not exceed the MTPD ({input.Mtpd}).");
        CheckImpact(input.ImpactOverTime ?? [], errors);
        var dependencies = input.Dependencies ?? [];
        for (var i = 0; i < dependencies.Count; i++) errors.RequireText($"dependencies[{i}]", dependencies[i], 200);
    }

    private static void CheckImpact(List<ImpactRating> rows, ErrorList errors)
    {
        TimeSpan? previous = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"impactOverTime[{i}]";
            if (row is null)
            {
                errors.Add(path, "An impact row is required, not null.");
                continue;
            }
            if (Duration(errors, $"{path}.after", row.After, required: true) is { } after)
            {
                if (previous is { } p && after <= p) errors.Add($"{path}.after", "Impact rows must come in increasing 'after'.");
                previous = after;
            }
            Rating(errors, $"{path}.financial", row.Financial);
            Rating(errors, $"{path}.operational", row.Operational);
            Rating(errors, $"{path}.reputational", row.Reputational);
            Rating(errors, $"{path}.regulatory", row.Regulatory);
            errors.LimitText($"{path}.note", row.Note, 1000);
        }
    }

    private static void Rating(ErrorList errors, string path, int value)
    {
        if (value is < 0 or > MaxRating) errors.Add(path, $"A rating from 0 to {MaxRating}.");
    }

    /// <summary>Parses an optional (or required) ISO 8601 duration, adding a problem on <paramref name="path"/> when it is not one.</summary>
    public static TimeSpan? Duration(ErrorList errors, string path, string? value, bool required = false)
    {
        if (value is null)
        {
            if (required) errors.Add(path, "Required: an ISO 8601 duration such as PT4H or P1D.");
            return null;
        }
        if (IsoDuration.TryParse(value, out var duration)) return duration;
        errors.Add(path, $"'{value}' is not an ISO 8601 duration in weeks, days, hours, minutes or seconds (PT4H, P1D).");
        return null;
    }
}
