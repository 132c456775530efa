using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Plans;

/// <summary>The plan activities in running workflows, and the <c>plan.published</c> event.</summary>
public abstract class PlanWorkflowTests(ServerFixture server)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static string Step(string id, string type, string inputs) => $$"""{ "id": "{{id}}", "type": "{{type}}", "inputs": { {{inputs}} } }""";

    private static string Status(string id, string status) => Step(id, "SetPlanRevisionStatus",
        $$""" "planId": { "type": "Scriban", "value": "input.planId" }, "revision": { "type": "Scriban", "value": "outputs.open.revision" }, "status": { "type": "Literal", "value": "{{status}}" }""");

    private static string Connect(string from, string to) => $$"""{ "source": { "activity": "{{from}}", "port": "Done" }, "target": { "activity": "{{to}}" } }""";

    private static string Flow(string id, IReadOnlyList<string> activities, IReadOnlyList<string> order) => $$"""
        {
          "definitionId": "{{id}}", "name": "Plan flow", "description": "",
          "inputs": [ { "name": "planId", "type": "String", "required": true } ], "variables": [], "triggers": [],
          "root": { "type": "Flowchart", "activities": [ {{string.Join(", ", activities)}} ],
            "connections": [ {{string.Join(", ", order.Zip(order.Skip(1), Connect))}} ] }
        }
        """;

    [Fact]
    public async Task A_workflow_opens_moves_publishes_and_renders_a_revision_on_the_plans_audit_trail()
    {
        var admin = await server.AdminAsync();
        var planId = (await admin.CreatePlanAsync(new { title = "Workflow BCP" })).Str("id");
        var id = WorkflowApi.NewId("plan-flow");
        await admin.DeployAsync(Flow(id,
        [
            Step("open", "OpenPlanRevision", """ "planId": { "type": "Scriban", "value": "input.planId" }"""),
            Status("review", "InReview"), Status("pending", "PendingApproval"), Status("approve", "Approved"), Status("publish", "Published"),
            Step("render", "RenderDocument", """ "planId": { "type": "Scriban", "value": "input.planId" }, "revision": { "type": "Scriban", "value": "outputs.open.revision" }"""),
        ], ["open", "review", "pending", "approve", "publish", "render"]));

        var instanceId = await admin.StartIdAsync(id, new { input = new { planId } });
        await admin.WaitForStatusAsync(instanceId, "Finished", Patience);

        var plan = await admin.GetOkAsync($"/api/plans/{planId}");
        Assert.Equal((1, "Published"), (plan.Int("publishedRevision"), plan.Str("status")));
        Assert.Equal($"workflow:{instanceId}", (await admin.GetOkAsync($"/api/plans/{planId}/revisions/1")).Str("approvedBy"));
        using var docx = await admin.GetAsync($"/api/plans/{planId}/revisions/1/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var trail = (await admin.GetOkAsync($"/api/audit?subject=plan:{planId}")).AsArray();
        Assert.Contains(trail, a => a.Str("action") == "revision-published" && a.Str("actor") == $"workflow:{instanceId}");
        Assert.Contains(trail, a => a.Str("action") == "document-rendered");
    }

    [Fact]
    public async Task Due_reviews_start_once_per_plan_and_publishing_through_the_API_raises_plan_published()
    {
        var admin = await server.AdminAsync();
        var planId = (await admin.CreatePlanAsync(new { title = "Never reviewed BCP" })).Str("id");
        var review = WorkflowApi.NewId("review");
        await admin.DeployAsync(Workflows.WaitForEvent(review, "never", eventTrigger: "plan.published"));
        var cron = WorkflowApi.NewId("due");
        await admin.DeployAsync($$"""
            { "definitionId": "{{cron}}", "name": "Due reviews", "description": "", "inputs": [], "variables": [], "triggers": [],
              "root": { "type": "Flowchart", "activities": [ { "id": "due", "type": "StartDuePlanReviews", "inputs": { "definitionId": { "type": "Literal", "value": "{{review}}" } } } ], "connections": [] } }
            """);

        await admin.WaitForStatusAsync(await admin.StartIdAsync(cron), "Finished", Patience);
        var started = await admin.GetOkAsync($"/api/plans/{planId}");
        Assert.NotNull(started["reviewStartedAt"]);
        var children = (await admin.GetOkAsync($"/api/workflow-instances?definitionId={review}")).AsArray();
        Assert.Contains(children, c => c!["input"]?["planId"]?.GetValue<string>() == planId);
        await admin.WaitForStatusAsync(await admin.StartIdAsync(cron), "Finished", Patience);
        var after = (await admin.GetOkAsync($"/api/workflow-instances?definitionId={review}")).AsArray();
        Assert.Single(after, c => c!["input"]?["planId"]?.GetValue<string>() == planId);

        await admin.OpenRevisionAsync(planId);
        await admin.PublishAsync(planId, 1);
        var triggered = (await admin.GetOkAsync($"/api/workflow-instances?definitionId={review}")).AsArray();
        Assert.Contains(triggered, c => c!["input"]?["planId"]?.GetValue<string>() == planId && c["input"]?["revision"]?.GetValue<int>() == 1);
        Assert.Null((await admin.GetOkAsync($"/api/plans/{planId}"))["reviewStartedAt"]);
    }

    [Fact]
    public async Task A_review_that_was_cancelled_without_publishing_is_started_again_by_the_next_due_run()
    {
        var admin = await server.AdminAsync();
        var planId = (await admin.CreatePlanAsync(new { title = "Abandoned review BCP" })).Str("id");
        var review = WorkflowApi.NewId("review");
        await admin.DeployAsync(Workflows.WaitForEvent(review, "never"));
        var cron = WorkflowApi.NewId("due");
        await admin.DeployAsync($$"""
            { "definitionId": "{{cron}}", "name": "Due reviews", "description": "", "inputs": [], "variables": [], "triggers": [],
              "root": { "type": "Flowchart", "activities": [ { "id": "due", "type": "StartDuePlanReviews", "inputs": { "definitionId": { "type": "Literal", "value": "{{review}}" } } } ], "connections": [] } }
            """);
        async Task<List<JsonNode>> ReviewsAsync() => (await admin.GetOkAsync($"/api/workflow-instances?definitionId={review}")).AsArray()
            .Where(c => c!["input"]?["planId"]?.GetValue<string>() == planId).Select(c => c!).ToList();

        await admin.WaitForStatusAsync(await admin.StartIdAsync(cron), "Finished", Patience);
        var first = Assert.Single(await ReviewsAsync());
        await admin.PostEmptyAsync($"/api/workflow-instances/{first.Str("instanceId")}/cancel").ExpectAsync(HttpStatusCode.OK);

        await admin.WaitForStatusAsync(await admin.StartIdAsync(cron), "Finished", Patience);
        var reviews = await ReviewsAsync();
        Assert.Equal(2, reviews.Count);
        Assert.Single(reviews, r => r.Str("status") == "Suspended");
    }
}

public sealed class PlanWorkflowTests_Sqlite(SqliteServer server) : PlanWorkflowTests(server), IClassFixture<SqliteServer>;

public sealed class PlanWorkflowTests_Postgres(PostgresServer server) : PlanWorkflowTests(server), IClassFixture<PostgresServer>;
