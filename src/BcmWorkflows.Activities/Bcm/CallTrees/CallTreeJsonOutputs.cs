using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Domain.CallTrees;

namespace BcmWorkflows.Activities.Bcm.CallTrees;

/// <summary>The report as RunCallTree's outputs (the same field names as the report endpoint).</summary>
internal static class CallTreeJsonOutputs
{
    public static JsonArray Waves(CallTreeReport report) => new(report.Waves.Select(w => (JsonNode?)new JsonObject
    {
        ["index"] = w.Index, ["name"] = w.Name, ["quorum"] = w.Quorum, ["total"] = w.Total, ["asked"] = w.Asked,
        ["confirmed"] = w.Confirmed, ["rate"] = w.Rate, ["quorumMet"] = w.QuorumMet, ["startedAt"] = Time(w.StartedAt), ["endedAt"] = Time(w.EndedAt),
    }).ToArray());

    public static JsonArray People(CallTreeReport report) => new(report.People.Select(p => (JsonNode?)new JsonObject
    {
        ["personId"] = p.PersonId, ["name"] = p.Name, ["wave"] = p.Wave, ["channel"] = p.Channel, ["status"] = p.Status,
        ["confirmedAt"] = Time(p.ConfirmedAt), ["via"] = p.Via,
    }).ToArray());

    private static string? Time(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture);
}
