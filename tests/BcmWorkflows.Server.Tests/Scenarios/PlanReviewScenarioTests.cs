using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Plans;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.Server.Tests.Tasks;
using BcmWorkflows.Server.Tests.Training;

namespace BcmWorkflows.Server.Tests.Scenarios;

/// <summary>
/// The shipped <c>plan-review-cycle</c> workflow end to end through the HTTP API: the owner revises from the task inbox,
/// the manager sees the diff and returns the revision with a comment, the owner sees the comment and submits again, the
/// manager approves; the revision is published, its document rendered, the plan's people told, its training assigned,
/// and every decision is on the plan's audit trail.
/// </summary>
public abstract class PlanReviewScenarioTests(NotificationScenarioServer server)
{
    private static object Content(string objectives, string process, string duration) => new
    {
        objectives,
        scope = "Payments operations in Hong Kong and Shenzhen.",
        recoverySteps = new[] { new { processId = process, step = "Fail over to the standby site", duration, ownerRole = "it-recovery-lead" } },
    };

    [Fact]
    public async Task A_returned_revision_comes_back_to_its_owner_with_the_comment_and_an_approved_one_is_published_rendered_and_trained()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var (owner, ownerId) = await server.SignedInPersonAsync("Owner");
        var (manager, managerId) = await server.SignedInPersonAsync("Approver", Roles.Manager);
        var process = await coordinator.CreateProcessAsync("Payments", "PT4H");
        var role = await coordinator.RoleAsync(ownerId);
        var planId = (await coordinator.CreatePlanAsync(new { title = "Payments BC plan", ownerPersonId = ownerId, approvers = new[] { managerId }, processIds = new[] { process } })).Str("id");
        await coordinator.PostJsonAsync("/api/training/courses", new JsonObject
        {
            ["title"] = "Payments plan briefing", ["roleIds"] = new JsonArray(role), ["planIds"] = new JsonArray(planId),
        }.ToJsonString()).ExpectAsync(HttpStatusCode.Created);

        var instanceId = await coordinator.StartIdAsync("plan-review-cycle", new { input = new { planId } });

        // The owner revises revision 1 from their inbox and submits it.
        var revise = await SingleOpenTaskAsync(owner);
        Assert.Contains("Payments BC plan", revise.Str("title"), StringComparison.Ordinal);
        await owner.EditAsync(planId, 1, Content("Keep payments running.", process, "PT2H"));
        await owner.PostJsonAsync($"/api/tasks/{revise.Str("id")}/complete", """{ "outcome": "Submitted" }""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingApproval", (await coordinator.GetOkAsync($"/api/plans/{planId}/revisions/1")).Str("status"));

        // The manager sees what changed and returns it; a rejection without a comment is refused.
        var approval = await SingleOpenTaskAsync(manager);
        var detail = await manager.GetOkAsync($"/api/tasks/{approval.Str("id")}");
        Assert.Equal("planRevision", detail["context"]!.Str("kind"));
        Assert.Contains("objectives", detail["context"]!["diff"]!["changedSections"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("comment", (await manager.PostJsonAsync($"/api/tasks/{approval.Str("id")}/complete", """{ "outcome": "Rejected" }""").ValidationErrorsAsync()).Keys);
        await manager.PostJsonAsync($"/api/tasks/{approval.Str("id")}/complete",
            """{ "outcome": "Rejected", "comment": "Add the alternate site's phone number." }""").ExpectAsync(HttpStatusCode.OK);

        var again = await SingleOpenTaskAsync(owner);
        Assert.NotEqual(revise.Str("id"), again.Str("id"));
        var againDetail = await owner.GetOkAsync($"/api/tasks/{again.Str("id")}");
        Assert.Contains("Add the alternate site's phone number.", againDetail.Str("description"), StringComparison.Ordinal);
        Assert.Equal("Returned", (await coordinator.GetOkAsync($"/api/plans/{planId}/revisions/1")).Str("status"));
        await owner.EditAsync(planId, 1, Content("Keep payments running. Alternate site: +852 2345 6789.", process, "PT2H"));
        await owner.PostJsonAsync($"/api/tasks/{again.Str("id")}/complete", """{ "outcome": "Submitted" }""").ExpectAsync(HttpStatusCode.OK);

        var second = await SingleOpenTaskAsync(manager);
        await manager.PostJsonAsync($"/api/tasks/{second.Str("id")}/complete", """{ "outcome": "Approved", "comment": "Good." }""").ExpectAsync(HttpStatusCode.OK);

        await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(15));
        var plan = await coordinator.GetOkAsync($"/api/plans/{planId}");
        Assert.Equal(1, plan.Int("publishedRevision"));
        Assert.NotNull(plan["nextReviewAt"]);
        using (var html = await coordinator.GetAsync($"/api/plans/{planId}/revisions/1/document?format=html"))
        {
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Contains("+852 2345 6789", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var docx = await coordinator.GetAsync($"/api/plans/{planId}/revisions/1/document?format=docx"))
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);

        var told = (await coordinator.OutboxAsync(instanceId)).Where(m => m.Str("templateKey") == "plan-published").Select(m => m.Str("personId")).ToHashSet();
        Assert.Equal(new HashSet<string> { ownerId, managerId }, told);
        var training = (await owner.GetOkAsync("/api/training/assignments?mine=true")).AsArray();
        Assert.Contains(training, a => a.Str("courseTitle") == "Payments plan briefing");

        var trail = (await coordinator.GetOkAsync($"/api/audit?subject=plan:{planId}")).AsArray();
        var decisions = trail.Where(t => t.Str("kind") == "Decision").Select(t => t.Str("summary")).ToList();
        Assert.Contains(decisions, d => d.Contains("Rejected", StringComparison.Ordinal) && d.Contains("alternate site", StringComparison.Ordinal));
        Assert.Contains(decisions, d => d.Contains("Approved", StringComparison.Ordinal));
        Assert.Contains(trail, t => t.Str("action") == "revision-published");
    }

    [Fact]
    public async Task A_review_started_on_demand_blocks_a_second_one_until_it_ends()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var owner = await coordinator.CreatePersonAsync(new { name = "Plan Owner", email = "owner@example.org" });
        var planId = (await coordinator.CreatePlanAsync(new { title = "Treasury BC plan", ownerPersonId = owner, approvers = new[] { owner } })).Str("id");

        var first = await coordinator.PostEmptyAsync($"/api/plans/{planId}/review").ExpectAsync(HttpStatusCode.Created);
        var instanceId = first.Str("instanceId");
        Assert.Equal("Suspended", (await coordinator.InstanceAsync(instanceId)).Str("status"));
        Assert.Equal("Draft", (await coordinator.GetOkAsync($"/api/plans/{planId}/revisions/1")).Str("status"));
        await coordinator.PostEmptyAsync($"/api/plans/{planId}/review").ProblemAsync(HttpStatusCode.Conflict);

        await coordinator.PostEmptyAsync($"/api/workflow-instances/{instanceId}/cancel").ExpectAsync(HttpStatusCode.OK);
        var second = await coordinator.PostEmptyAsync($"/api/plans/{planId}/review").ExpectAsync(HttpStatusCode.Created);
        Assert.NotEqual(instanceId, second.Str("instanceId"));
        await coordinator.PostEmptyAsync("/api/plans/no-such-plan/review").ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<JsonNode> SingleOpenTaskAsync(HttpClient client) =>
        await WorkflowApi.EventuallyAsync(async () =>
        {
            var open = (await client.GetOkAsync("/api/tasks?mine=true&status=Open")).AsArray();
            return open.Count == 1 ? open[0] : null;
        }, TimeSpan.FromSeconds(10), "one open task in the inbox");
}

public sealed class PlanReviewScenarioTests_Sqlite(SqliteNotificationScenarioServer server)
    : PlanReviewScenarioTests(server), IClassFixture<SqliteNotificationScenarioServer>;

public sealed class PlanReviewScenarioTests_Postgres(PostgresNotificationScenarioServer server)
    : PlanReviewScenarioTests(server), IClassFixture<PostgresNotificationScenarioServer>;
