using System.Globalization;
using System.Text;
using BcmWorkflows.Domain.Audit;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Audit;

/// <summary>
/// <c>GET /api/audit?subject=incident:{id}</c>: the subject's evidence trail in time order (messages, acknowledgements,
/// decisions, state changes). <c>format=csv</c> (or <c>Accept: text/csv</c>) downloads it for the auditor.
/// </summary>
public static class ReadAudit
{
    /// <summary>The most lines one request returns.</summary>
    private const int MaxLimit = 100_000;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Handle)
            .RequireAuthorization(Policies.Audit)
            .WithTags("Audit")
            .WithSummary("The evidence trail of one subject (incident:{id}, plan:{id}, action:{id}, calltree:{id}, ...); format=csv for export.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditItem>>, FileContentHttpResult>> Handle(
        string? subject, string? format, int? limit, HttpRequest request, AuditTrail trail, CancellationToken cancellationToken)
    {
        if (!Subjects.TryParse(subject, out _, out _))
            throw RequestValidationException.For("subject",
                $"Give a subject as kind:id, where kind is one of {string.Join(", ", Subjects.Kinds.Order(StringComparer.Ordinal))}.");
        if (limit is < 1 or > MaxLimit) throw RequestValidationException.For("limit", $"Between 1 and {MaxLimit}.");
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format is null && request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            throw RequestValidationException.For("format", "json (default) or csv.");

        var items = await trail.ReadAsync(subject!, limit ?? (csv ? MaxLimit : AuditTrail.DefaultLimit), cancellationToken);
        if (!csv) return TypedResults.Ok(items);
        var name = $"audit-{subject!.Replace(':', '-')}.csv";
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AuditCsv.Write(items))).ToArray(),
            "text/csv; charset=utf-8", name);
    }
}
