namespace BcmWorkflows.Domain.Incidents;

/// <summary>The incident's rules that need no database: parsing the names people send, and the status machine.</summary>
public static class IncidentRules
{
    public const int MinSeverity = 1;
    public const int MaxSeverity = 4;

    /// <summary>Parses a status name (any case); null when it is not one.</summary>
    public static IncidentStatus? ParseStatus(string? text) =>
        Enum.TryParse<IncidentStatus>(text?.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _)
            ? status : null;

    /// <summary>Parses a category name (any case); null when it is not one.</summary>
    public static IncidentCategory? ParseCategory(string? text) =>
        Enum.TryParse<IncidentCategory>(text?.Trim(), ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(text, out _)
            ? category : null;

    public static IncidentNoteKind? ParseNoteKind(string? text) =>
        text is null ? IncidentNoteKind.Note
        : Enum.TryParse<IncidentNoteKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null;

    /// <summary>
    /// Throws <see cref="InvalidTransitionException"/> (a 409) unless <paramref name="to"/> lies ahead of
    /// <paramref name="from"/>: Declared → Responding → Recovering → Closed, steps may be skipped, nothing leaves Closed.
    /// </summary>
    public static void EnsureCanMove(IncidentStatus from, IncidentStatus to)
    {
        if (from == IncidentStatus.Closed)
            throw new InvalidTransitionException("status", from.ToString(), to.ToString(), "The incident is closed; a closed incident stays closed.");
        if (to <= from)
            throw new InvalidTransitionException("status", from.ToString(), to.ToString(),
                $"An incident only moves forward (Declared → Responding → Recovering → Closed); it is {from}.");
    }

    /// <summary>True when a move from <paramref name="from"/> to <paramref name="to"/> is allowed.</summary>
    public static bool CanMove(IncidentStatus from, IncidentStatus to) => from != IncidentStatus.Closed && to > from;
}
