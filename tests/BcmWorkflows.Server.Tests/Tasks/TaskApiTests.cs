using System.Net;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;
using static BcmWorkflows.Server.Tests.Tasks.TaskApi;

namespace BcmWorkflows.Server.Tests.Tasks;

/// <summary>
/// Human tasks through the HTTP API: the inbox, completing (the workflow continues on the outcome's port), who may,
/// delegation, the audit trail; reminders and escalation on the fake clock.
/// </summary>
public abstract class TaskApiTests(NotificationScenarioServer server)
{
    private async Task<(HttpClient Coordinator, string InstanceId, string TaskId, string PlanId)> StartReviewAsync(IReadOnlyList<string> people, string extra = "")
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("review");
        await coordinator.DeployAsync(ReviewFlow(id, extra));
        var planId = Guid.NewGuid().ToString("N")[..12];
        var instanceId = await coordinator.StartIdAsync(id, new { input = new { people, planId } });
        var instance = await coordinator.InstanceAsync(instanceId);
        Assert.Equal("Suspended", instance.Str("status"));
        var wait = Assert.Single(instance["bookmarks"]!.AsArray(), b => b!["eventName"]?.GetValue<string>() == "bcm.task.completed")!;
        var taskId = wait.Str("correlationId");
        return (coordinator, instanceId, taskId, planId);
    }

    [Fact]
    public async Task An_assignee_finds_the_task_in_the_inbox_and_completing_it_continues_the_workflow_on_that_outcome()
    {
        var (ann, annId) = await server.SignedInPersonAsync("Ann");
        var (coordinator, instanceId, taskId, planId) = await StartReviewAsync([annId]);

        var inbox = (await ann.GetOkAsync("/api/tasks?mine=true&status=Open")).AsArray();
        var listed = Assert.Single(inbox, t => t.Str("id") == taskId)!;
        Assert.Equal($"Review plan {planId}", listed.Str("title"));
        Assert.Equal(["Accept", "Revise"], listed["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        var detail = await ann.GetOkAsync($"/api/tasks/{taskId}");
        Assert.Equal("Ann", Assert.Single(detail["assignees"]!.AsArray())!.Str("name"));
        Assert.True(detail["canComplete"]!.GetValue<bool>());
        Assert.Null(detail["context"]);

        var done = await ann.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Accept", comment = "Fine." })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Completed", done.Str("status"));
        Assert.Equal(annId, done.Str("completedByPersonId"));
        var instance = await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Equal("accepted", instance["variables"]!.Str("result"));
        Assert.DoesNotContain((await ann.GetOkAsync("/api/tasks?mine=true&status=Open")).AsArray(), t => t!.Str("id") == taskId);
        // The assignee was told, with a link to the task.
        var assigned = Assert.Single(await coordinator.OutboxAsync(instanceId), m => m.Str("templateKey") == "task-assigned")!;
        Assert.Contains($"{NotificationScenarioServer.PublicBaseUrl}/tasks/{taskId}", assigned.Str("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_decision_is_on_the_task_trail_and_on_the_subject_trail()
    {
        var (ann, annId) = await server.SignedInPersonAsync("Ann");
        var (coordinator, instanceId, taskId, planId) = await StartReviewAsync([annId]);

        await ann.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Revise", comment = "Step 3 misses the RTO." })).ExpectAsync(HttpStatusCode.OK);

        // The Revise port ran, with the comment in the activity's outputs.
        var instance = await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Equal("Step 3 misses the RTO.", instance["variables"]!.Str("result"));

        foreach (var subject in new[] { $"task:{taskId}", $"plan:{planId}" })
        {
            var trail = (await coordinator.GetOkAsync($"/api/audit?subject={subject}")).AsArray();
            var decision = Assert.Single(trail, t => t.Str("kind") == "Decision")!;
            Assert.Equal("task:Revise", decision.Str("action"));
            Assert.Contains("Step 3 misses the RTO.", decision.Str("summary"), StringComparison.Ordinal);
            Assert.Contains("@bcm.test", decision.Str("actor"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Someone_not_assigned_gets_403_and_cannot_read_the_task()
    {
        var (_, annId) = await server.SignedInPersonAsync("Ann");
        var (bob, _) = await server.SignedInPersonAsync("Bob");
        var (_, _, taskId, _) = await StartReviewAsync([annId]);

        await bob.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Accept" })).ProblemAsync(HttpStatusCode.Forbidden);
        await bob.GetAsync($"/api/tasks/{taskId}").ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain((await bob.GetOkAsync("/api/tasks")).AsArray(), t => t!.Str("id") == taskId);
    }

    [Fact]
    public async Task Completing_twice_is_a_conflict_and_bad_decisions_name_their_field()
    {
        var (ann, annId) = await server.SignedInPersonAsync("Ann");
        var (_, _, taskId, _) = await StartReviewAsync([annId]);

        Assert.Equal(["outcome"], (await ann.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Maybe" })).ValidationErrorsAsync()).Keys);
        Assert.Equal(["comment"], (await ann.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Revise" })).ValidationErrorsAsync()).Keys);
        await ann.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Accept" })).ExpectAsync(HttpStatusCode.OK);

        var conflict = await ann.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Accept" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Completed", conflict.Str("from"));
    }

    [Fact]
    public async Task A_delegate_named_by_the_assignee_may_complete_and_is_told()
    {
        var (ann, annId) = await server.SignedInPersonAsync("Ann");
        var (dan, danId) = await server.SignedInPersonAsync("Dan");
        var (coordinator, instanceId, taskId, _) = await StartReviewAsync([annId]);

        await dan.PostAsync($"/api/tasks/{taskId}/delegate", Body(new { personId = danId })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(["personId"], (await ann.PostAsync($"/api/tasks/{taskId}/delegate", Body(new { personId = "nobody" })).ValidationErrorsAsync()).Keys);
        var delegated = await ann.PostAsync($"/api/tasks/{taskId}/delegate", Body(new { personId = danId, comment = "I am on leave." })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(danId, Assert.Single(delegated["delegates"]!.AsArray())!.Str("personId"));
        Assert.Contains((await dan.GetOkAsync("/api/tasks?mine=true")).AsArray(), t => t!.Str("id") == taskId);

        await dan.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Accept" })).ExpectAsync(HttpStatusCode.OK);

        await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Contains(await coordinator.OutboxAsync(instanceId), m => m.Str("templateKey") == "task-assigned" && m.Str("personId") == danId);
    }

    [Fact]
    public async Task Status_and_subject_filter_the_list_and_cancelling_a_task_of_a_running_instance_is_refused()
    {
        var (ann, annId) = await server.SignedInPersonAsync("Ann");
        var (coordinator, instanceId, taskId, planId) = await StartReviewAsync([annId]);

        Assert.Single((await coordinator.GetOkAsync($"/api/tasks?subject=plan:{planId}")).AsArray());
        Assert.Empty((await coordinator.GetOkAsync($"/api/tasks?subject=plan:{planId}&status=Completed")).AsArray());
        Assert.Equal(["status"], (await coordinator.GetAsync("/api/tasks?status=Sleeping").ValidationErrorsAsync()).Keys);
        await coordinator.PostEmptyAsync($"/api/tasks/{taskId}/cancel").ProblemAsync(HttpStatusCode.Conflict);

        // Cancelling the instance cancels its task.
        await coordinator.PostEmptyAsync($"/api/workflow-instances/{instanceId}/cancel").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", (await ann.GetOkAsync($"/api/tasks/{taskId}")).Str("status"));
        Assert.DoesNotContain((await ann.GetOkAsync("/api/tasks?mine=true&status=Open")).AsArray(), t => t!.Str("id") == taskId);
    }

    [Fact]
    public async Task A_reminder_goes_out_after_remindEvery_to_whoever_has_not_acted()
    {
        var (_, annId) = await server.SignedInPersonAsync("Ann");
        var (coordinator, instanceId, taskId, _) = await StartReviewAsync([annId],
            """, "dueIn": { "type": "Literal", "value": "P2D" }, "remindEvery": { "type": "Literal", "value": "P1D" }""");
        Assert.DoesNotContain(await coordinator.OutboxAsync(instanceId), m => m.Str("templateKey") == "task-reminder");

        await server.Factory.AdvanceAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var reminder = Assert.Single(await coordinator.OutboxAsync(instanceId), m => m.Str("templateKey") == "task-reminder")!;
        Assert.Equal(annId, reminder.Str("personId"));
        Assert.Equal(1, (await coordinator.GetOkAsync($"/api/tasks/{taskId}")).Int("remindersSent"));
    }

    [Fact]
    public async Task An_overdue_task_escalates_to_the_role_holders_who_can_then_complete_it()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var (_, annId) = await server.SignedInPersonAsync("Ann");
        var (chief, chiefId) = await server.SignedInPersonAsync("Chief");
        var role = WorkflowApi.NewId("chiefs");
        await coordinator.PutAsync($"/api/bcm-roles/{role}", Body(new { name = "Chiefs" })).ExpectAsync(HttpStatusCode.Created);
        await coordinator.PutAsync($"/api/bcm-roles/{role}/holders", Body(new[] { new { personId = chiefId } })).ExpectAsync(HttpStatusCode.OK);
        var (_, instanceId, taskId, _) = await StartReviewAsync([annId],
            $$""", "dueIn": { "type": "Literal", "value": "PT4H" }, "escalateTo": { "type": "Literal", "value": "{{role}}" }""");
        await chief.GetAsync($"/api/tasks/{taskId}").ProblemAsync(HttpStatusCode.Forbidden);

        await server.Factory.AdvanceAsync(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));

        var task = await coordinator.GetOkAsync($"/api/tasks/{taskId}");
        Assert.Equal("Open", task.Str("status"));
        Assert.NotNull(task["escalatedAt"]);
        Assert.Contains(task["assignees"]!.AsArray(), a => a!.Str("personId") == chiefId);
        Assert.Contains(await coordinator.OutboxAsync(instanceId), m => m.Str("templateKey") == "task-escalated" && m.Str("personId") == chiefId);
        Assert.Contains((await coordinator.GetOkAsync($"/api/audit?subject=task:{taskId}")).AsArray(), t => t!.Str("action") == "task:escalated");

        await chief.PostAsync($"/api/tasks/{taskId}/complete", Body(new { outcome = "Accept" })).ExpectAsync(HttpStatusCode.OK);
        var instance = await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        Assert.Equal("accepted", instance["variables"]!.Str("result"));
    }
}

public sealed class TaskApiTests_Sqlite(SqliteNotificationScenarioServer server) : TaskApiTests(server), IClassFixture<SqliteNotificationScenarioServer>;

public sealed class TaskApiTests_Postgres(PostgresNotificationScenarioServer server) : TaskApiTests(server), IClassFixture<PostgresNotificationScenarioServer>;
