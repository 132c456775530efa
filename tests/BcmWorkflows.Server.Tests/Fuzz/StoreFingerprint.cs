using System.Security.Cryptography;
using System.Text;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>
/// Cheap fingerprints of what a kind of request could store, read straight from the database: equal before and
/// after a rejected request means it stored nothing.
/// </summary>
public static class StoreFingerprint
{
    /// <summary>Every definition version's identity, snapshot and flags, and the number of snapshots.</summary>
    public static Task<string> DefinitionsAsync(BcmServerFactory factory) => factory.DbAsync(async db =>
    {
        var rows = await db.WorkflowDefinitions.OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.DefinitionId, d.Version, d.SnapshotId, d.IsLatest, d.IsPublished, d.UpdatedAt }).ToListAsync();
        var snapshots = await db.WorkflowSnapshots.CountAsync();
        return Hash(string.Join("|", rows.Select(r => $"{r.Id},{r.DefinitionId},{r.Version},{r.SnapshotId},{r.IsLatest},{r.IsPublished},{r.UpdatedAt.UtcTicks}")) + $"#{snapshots}");
    });

    /// <summary>The number of template override versions and the newest one's id.</summary>
    public static Task<string> TemplatesAsync(BcmServerFactory factory) => factory.DbAsync(async db =>
        $"{await db.TemplateOverrides.CountAsync()}/{await db.TemplateOverrides.MaxAsync(t => (long?)t.Id)}");

    /// <summary>The number of people and the sum of their revisions (every update bumps one).</summary>
    public static Task<string> PeopleAsync(BcmServerFactory factory) => factory.DbAsync(async db =>
        $"{await db.People.CountAsync()}/{await db.People.SumAsync(p => p.Revision)}");

    /// <summary>Inbound SMS rows, acknowledgement requests confirmed, and outbox messages.</summary>
    public static Task<string> InboundAsync(BcmServerFactory factory) => factory.DbAsync(async db =>
        $"{await db.InboundSms.CountAsync()}/{await db.AckRequests.CountAsync(a => a.ConfirmedAt != null)}/{await db.OutboxMessages.CountAsync()}");

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
