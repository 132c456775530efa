using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.Server.Tests.Training;

namespace BcmWorkflows.Server.Tests.Plans;

/// <summary>Helpers for plan tests: create processes and plans, edit revisions, move them through their states.</summary>
public static class PlanApi
{
    public static StringContent Body(object value) => Api.Json(JsonSerializer.Serialize(value));

    public static async Task<string> CreateProcessAsync(this HttpClient client, string name, string rto) =>
        (await client.PostAsync("/api/processes", Body(new { name, criticality = "Critical", rto, mtpd = "P2D" })).ExpectAsync(HttpStatusCode.Created)).Str("id");

    public static async Task<JsonNode> CreatePlanAsync(this HttpClient client, object plan) =>
        await client.PostAsync("/api/plans", Body(plan)).ExpectAsync(HttpStatusCode.Created);

    public static Task<JsonNode> OpenRevisionAsync(this HttpClient client, string planId) =>
        client.PostEmptyAsync($"/api/plans/{planId}/revisions").ExpectAsync(HttpStatusCode.Created);

    public static Task<JsonNode> EditAsync(this HttpClient client, string planId, int n, object content) =>
        client.PutAsync($"/api/plans/{planId}/revisions/{n}", Body(new { content })).ExpectAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, string planId, int n, string status, string? comment = null) =>
        client.PostAsync($"/api/plans/{planId}/revisions/{n}/status", Body(new { status, comment }));

    /// <summary>Draft → InReview → PendingApproval → Approved → Published, by a client allowed to do all of it (an Admin).</summary>
    public static async Task PublishAsync(this HttpClient admin, string planId, int n)
    {
        foreach (var status in new[] { "InReview", "PendingApproval", "Approved", "Published" })
            await admin.MoveAsync(planId, n, status).ExpectAsync(HttpStatusCode.OK);
    }
}
