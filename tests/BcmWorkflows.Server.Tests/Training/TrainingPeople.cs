using System.Text.Json.Nodes;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Training;

/// <summary>People, org units and roles for the training and improvement-action tests.</summary>
internal static class TrainingPeople
{
    /// <summary>Creates a person linked to <paramref name="userId"/> (or to nobody), in <paramref name="orgUnit"/>; returns the id.</summary>
    public static Task<string> PersonAsync(this HttpClient coordinator, string name, string? orgUnit = null, string? userId = null) =>
        coordinator.CreatePersonAsync(new { name, email = $"{Guid.NewGuid():N}@example.org", channels = new[] { "Email" }, orgUnit, userId });

    /// <summary>An org unit managed by <paramref name="managerPersonId"/>; returns its key.</summary>
    public static async Task<string> OrgUnitAsync(this HttpClient coordinator, string managerPersonId)
    {
        var key = WorkflowApi.NewId("unit");
        await coordinator.PutJsonAsync($"/api/org-units/{key}", new JsonObject { ["name"] = key, ["managerPersonId"] = managerPersonId }.ToJsonString())
            .ExpectAsync(System.Net.HttpStatusCode.Created);
        return key;
    }

    /// <summary>A BCM role held by the given people; returns its key.</summary>
    public static async Task<string> RoleAsync(this HttpClient coordinator, params string[] holders)
    {
        var key = WorkflowApi.NewId("role");
        await coordinator.PutJsonAsync($"/api/bcm-roles/{key}", """{ "name": "Test role" }""").ExpectAsync(System.Net.HttpStatusCode.Created);
        var list = new JsonArray(holders.Select(h => (JsonNode?)new JsonObject { ["personId"] = h }).ToArray());
        await coordinator.PutJsonAsync($"/api/bcm-roles/{key}/holders", list.ToJsonString()).ExpectAsync(System.Net.HttpStatusCode.OK);
        return key;
    }

    /// <summary>The one instance of <paramref name="definitionId"/> with this correlation id.</summary>
    public static async Task<string> InstanceOfAsync(this HttpClient client, string definitionId, string correlationId)
    {
        var body = await client.GetOkAsync($"/api/workflow-instances?definitionId={definitionId}&correlationId={correlationId}");
        var items = body as JsonArray ?? body["items"]!.AsArray();
        return Assert.Single(items)!.Str("instanceId");
    }
}
