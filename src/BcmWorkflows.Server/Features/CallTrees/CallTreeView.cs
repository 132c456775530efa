using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Domain.CallTrees;

namespace BcmWorkflows.Server.Features.CallTrees;

/// <summary>A call tree as the API returns it; a numeric quorum is a number, All and Any are strings.</summary>
public sealed record CallTreeView(string Id, string Name, string? Description, string Template, bool EscalateNonResponders,
    IReadOnlyList<CallTreeView.Wave> Waves, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Revision)
{
    public sealed record Wave(string Name, IReadOnlyList<string> Members, IReadOnlyList<string> Channels, JsonNode Quorum, string Wait);

    public static CallTreeView From(CallTree t) => new(t.Id, t.Name, t.Description, t.Template, t.EscalateNonResponders,
        t.Waves.Select(w => new Wave(w.Name, w.Members, w.Channels, QuorumJson(w.Quorum), w.Wait)).ToList(),
        t.CreatedBy, t.CreatedAt, t.UpdatedAt, t.Revision);

    private static JsonNode QuorumJson(string quorum) =>
        int.TryParse(quorum, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(quorum);
}
