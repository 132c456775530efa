using System.Text.Json.Nodes;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Notifications.Templates;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Server.Features.CallTrees;

/// <summary>
/// <c>GET /api/call-trees/{id}/estimate?message=</c>: what an activation would send, shown before it starts (the domain
/// brief asks for it): per wave the people, how many get SMS or email first, the SMS segments (the template rendered
/// with a sample in each recipient language), and how long the SMS sender needs at the configured throughput
/// (<c>Bcm:Sms:Twilio:SegmentsPerSecond</c>; null when unthrottled).
/// </summary>
public static class EstimateCallTree
{
    public sealed record WaveEstimate(int Index, string Name, int People, int Sms, int Email, int Unreachable, int SmsSegments,
        IReadOnlyDictionary<string, int> SegmentsPerMessage, double? SmsSeconds);

    public sealed record Estimate(string CallTreeId, int People, int SmsSegments, double? SegmentsPerSecond, double? SmsSeconds, IReadOnlyList<WaveEstimate> Waves);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id}/estimate", Handle).WithSummary("People, SMS segments and sending time per wave, before activation.");

    private static async Task<Ok<Estimate>> Handle(string id, string? message, BcmDbContext db, Roster roster, ITemplateRenderer renderer,
        IOptions<TwilioOptions> twilio, CancellationToken ct)
    {
        var tree = await db.CallTrees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new DomainNotFoundException("Call tree", id);
        var perSecond = twilio.Value.SegmentsPerSecond > 0 ? twilio.Value.SegmentsPerSecond : (double?)null;
        var segmentsByLanguage = new Dictionary<(int Wave, string Language), int>();
        var waves = new List<WaveEstimate>();
        var everyone = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w < tree.Waves.Count; w++)
        {
            var wave = tree.Waves[w];
            var ids = await roster.ResolveAsync(wave.Members, ct);
            everyone.UnionWith(ids);
            var people = await LoadAsync(db, ids, ct);
            var order = wave.Channels.Select(c => Enum.Parse<Channel>(c, ignoreCase: true)).ToList();
            int sms = 0, email = 0, unreachable = 0, segments = 0;
            var perMessage = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var person in people)
            {
                var first = (order.Count > 0 ? order : person.Channels)
                    .Cast<Channel?>().FirstOrDefault(c => !string.IsNullOrWhiteSpace(person.AddressFor(c!.Value)) && !person.IsOptedOut(c.Value));
                if (first is null) { unreachable++; continue; }
                if (first == Channel.Email) { email++; continue; }
                sms++;
                if (!perMessage.TryGetValue(person.Language, out var count))
                {
                    var rendered = await renderer.RenderAsync(TemplateSource.ForKey(tree.Template), Channel.Sms, person.Language,
                        Sample(tree.Name, w + 1, message, person.Language), ct);
                    perMessage[person.Language] = count = rendered.Segments;
                }
                segments += count;
            }
            unreachable += ids.Count - people.Count;
            waves.Add(new WaveEstimate(w + 1, wave.Name, ids.Count, sms, email, unreachable, segments, perMessage, perSecond is { } r ? Math.Round(segments / r, 1) : null));
        }
        var total = waves.Sum(w => w.SmsSegments);
        return TypedResults.Ok(new Estimate(tree.Id, everyone.Count, total, perSecond, perSecond is { } rate ? Math.Round(total / rate, 1) : null, waves));
    }

    private static async Task<List<Person>> LoadAsync(BcmDbContext db, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var people = new List<Person>();
        foreach (var chunk in ids.Chunk(1000)) people.AddRange(await db.People.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(ct));
        return people;
    }

    /// <summary>A representative model: the real tree name and message, a sample incident, a reply code.</summary>
    private static JsonObject Sample(string name, int wave, string? message, string language) => new()
    {
        ["call_tree"] = new JsonObject { ["name"] = name, ["wave"] = wave },
        ["message"] = message ?? "Report to the recovery site by 10:00 with your laptop and staff badge.",
        ["incident"] = new JsonObject { ["id"] = "INC-2026-001", ["title"] = "Sample incident" },
        ["recipient"] = new JsonObject { ["id"] = "sample", ["name"] = "Sample Person", ["language"] = language, ["channel"] = "Sms" },
        ["ack"] = new JsonObject { ["required"] = true, ["code"] = "12", ["url"] = null },
    };
}
