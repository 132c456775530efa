using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Training;

/// <summary>
/// An exercise finding opens an improvement action; the shipped <c>improvement-action</c> workflow follows it: the owner
/// is told, completes it, the coordinators are asked for the effectiveness check, a failed check reopens it and tells
/// the owner, a passed check closes it; the action's audit trail lists every step.
/// </summary>
public abstract class ImprovementActionScenarioTests(NotificationScenarioServer server)
{
    [Fact]
    public async Task An_action_whose_effectiveness_check_fails_is_reopened_and_the_owner_told_then_verified_closes_it()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var staff = await server.ClientAsync(Roles.Staff);
        var owner = await coordinator.LinkedPersonAsync(staff, "Lee Owner");
        var checker = await coordinator.PersonAsync("Bo Coordinator");
        await coordinator.PutJsonAsync("/api/bcm-roles/bcm-coordinator/holders", $$"""[ { "personId": "{{checker}}" } ]""").ExpectAsync(HttpStatusCode.OK);
        var exercise = await coordinator.PostJsonAsync("/api/exercises", """
            { "title": "DC failover drill", "type": "Failover", "scheduledAt": "2026-01-10T09:00:00Z", "scenario": "Power loss in DC1" }
            """).ExpectAsync(HttpStatusCode.Created);
        var exerciseId = exercise.Str("id");
        await coordinator.PutJsonAsync($"/api/exercises/{exerciseId}", """{ "title": "DC failover drill", "type": "Failover", "scheduledAt": "2026-01-10T09:00:00Z", "status": "Evaluated" }""")
            .ProblemAsync(HttpStatusCode.Conflict);

        var finding = await coordinator.PostJsonAsync($"/api/exercises/{exerciseId}/findings", new JsonObject
        {
            ["description"] = "The standby generator did not start.", ["severity"] = "High", ["recommendation"] = "Test it monthly.",
            ["createAction"] = new JsonObject { ["ownerPersonId"] = owner, ["dueAt"] = DateTimeOffset.UtcNow.AddDays(30).ToString("O") },
        }.ToJsonString()).ExpectAsync(HttpStatusCode.Created);
        var actionId = finding["action"].Str("id");
        Assert.Equal("Exercise", finding["action"]!["source"].Str("type"));

        var instanceId = await WorkflowApi.EventuallyAsync(async () =>
        {
            try { return await coordinator.InstanceOfAsync("improvement-action", actionId); } catch (Xunit.Sdk.XunitException) { return null; }
        }, TimeSpan.FromSeconds(10), "the improvement-action instance");
        await coordinator.WaitForStatusAsync(instanceId, "Suspended", TimeSpan.FromSeconds(10));
        Assert.Single(await coordinator.OutboxAsync(instanceId), m => m.Str("personId") == owner);

        // Verify only from Completed; the owner moves it on, evidence required to complete.
        await coordinator.PostJsonAsync($"/api/improvement-actions/{actionId}/verify", """{ "effective": true }""").ProblemAsync(HttpStatusCode.Conflict);
        await staff.PostJsonAsync($"/api/improvement-actions/{actionId}/status", """{ "status": "InProgress" }""").ExpectAsync(HttpStatusCode.OK);
        var errors = await staff.PostJsonAsync($"/api/improvement-actions/{actionId}/status", """{ "status": "Completed" }""").ValidationErrorsAsync();
        Assert.Contains("evidence", errors.Keys);
        await staff.PostJsonAsync($"/api/improvement-actions/{actionId}/status", """{ "status": "Completed", "evidence": "Test log March" }""").ExpectAsync(HttpStatusCode.OK);
        await WorkflowApi.EventuallyAsync(async () => (await coordinator.OutboxAsync(instanceId)).FirstOrDefault(m => m.Str("personId") == checker),
            TimeSpan.FromSeconds(10), "the request for the effectiveness check");

        await staff.PostJsonAsync($"/api/improvement-actions/{actionId}/verify", """{ "effective": false }""").ProblemAsync(HttpStatusCode.Forbidden);
        var reopened = await coordinator.PostJsonAsync($"/api/improvement-actions/{actionId}/verify", """{ "effective": false, "comment": "Failed again in April" }""")
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Reopened", reopened.Str("status"));
        var told = await WorkflowApi.EventuallyAsync(async () => (await coordinator.OutboxAsync(instanceId))
            .FirstOrDefault(m => m.Str("personId") == owner && m.Str("body").Contains("Failed again in April", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "the reopened notice to the owner");
        Assert.NotNull(told);

        await staff.PostJsonAsync($"/api/improvement-actions/{actionId}/status", """{ "status": "InProgress" }""").ExpectAsync(HttpStatusCode.OK);
        await staff.PostJsonAsync($"/api/improvement-actions/{actionId}/status", """{ "status": "Completed", "evidence": "Monthly tests since May" }""").ExpectAsync(HttpStatusCode.OK);
        await coordinator.PostJsonAsync($"/api/improvement-actions/{actionId}/verify", """{ "effective": true, "comment": "Works" }""").ExpectAsync(HttpStatusCode.OK);
        await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));

        var audit = await coordinator.GetOkAsync($"/api/audit?subject=action:{actionId}");
        var text = audit.ToJsonString();
        foreach (var step in new[] { "created", "status:InProgress", "status:Completed", "reopened", "verified" })
            Assert.Contains($"\"{step}\"", text, StringComparison.Ordinal);
        Assert.Contains("exercise", (await coordinator.GetOkAsync($"/api/audit?subject=exercise:{exerciseId}")).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_opened_by_a_workflow_from_an_incident_is_followed_up_and_on_the_incident_trail()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var owner = await coordinator.PersonAsync("Ng Owner");
        var incident = await coordinator.PostJsonAsync("/api/incidents",
            """{ "title": "Flooded basement", "category": "Natural", "subcategory": "Flood", "severity": 3 }""").ExpectAsync(HttpStatusCode.Created);
        var incidentId = incident.Str("id");
        var id = WorkflowApi.NewId("review");
        await coordinator.DeployAsync($$"""
            {
              "definitionId": "{{id}}", "name": "Incident review",
              "inputs": [ { "name": "incidentId", "type": "String", "required": true }, { "name": "owner", "type": "String", "required": true } ],
              "root": { "type": "Flowchart", "activities": [
                { "id": "act", "type": "CreateImprovementAction", "inputs": {
                    "title": { "type": "Literal", "value": "Move the UPS out of the basement" },
                    "sourceType": { "type": "Literal", "value": "Incident" },
                    "sourceId": { "type": "Scriban", "value": "input.incidentId" },
                    "owner": { "type": "Scriban", "value": "input.owner" },
                    "dueIn": { "type": "Literal", "value": "P14D" } } }
              ], "connections": [] }
            }
            """);

        var instanceId = await coordinator.StartIdAsync(id, new { input = new { incidentId, owner } });

        await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        var journal = await coordinator.JournalAsync(instanceId);
        Assert.DoesNotContain(journal, e => e.Str("event") == "Faulted");
        var actions = (await coordinator.GetOkAsync("/api/improvement-actions")).AsArray();
        var actionId = Assert.Single(actions, a => a!["source"]?["id"]?.GetValue<string>() == incidentId)!.Str("id");
        var followUp = await WorkflowApi.EventuallyAsync(async () =>
        {
            var found = (await coordinator.GetOkAsync($"/api/workflow-instances?definitionId=improvement-action&correlationId={actionId}")).AsArray();
            return found.Count == 1 ? found[0] : null;
        }, TimeSpan.FromSeconds(10), "the improvement-action follow-up");
        Assert.Equal("Suspended", followUp.Str("status"));
        Assert.Contains(await coordinator.OutboxAsync(followUp.Str("instanceId")), m => m.Str("personId") == owner && m.Str("templateKey") == "improvement-action");
        var trail = (await coordinator.GetOkAsync($"/api/audit?subject=incident:{incidentId}")).AsArray();
        Assert.Contains(trail, t => t.Str("action") == "action:created");
    }
}

public sealed class ImprovementActionScenarioTests_Sqlite(SqliteNotificationScenarioServer server)
    : ImprovementActionScenarioTests(server), IClassFixture<SqliteNotificationScenarioServer>;

public sealed class ImprovementActionScenarioTests_Postgres(PostgresNotificationScenarioServer server)
    : ImprovementActionScenarioTests(server), IClassFixture<PostgresNotificationScenarioServer>;
