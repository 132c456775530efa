using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Training;

/// <summary>
/// The shipped <c>training-assignment</c> workflow end to end on a fake clock: a plan is published, the holders of the
/// course's role are assigned it, reminded before the due date, and their manager is told when it is overdue;
/// completing it finishes the workflow.
/// </summary>
public abstract class TrainingAssignmentScenarioTests(NotificationScenarioServer server)
{
    [Fact]
    public async Task Training_not_completed_by_the_due_date_is_reminded_then_escalated_to_the_manager_and_completing_it_finishes_the_workflow()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var staff = await server.ClientAsync(Roles.Staff);
        var manager = await coordinator.PersonAsync("Chen Manager");
        var unit = await coordinator.OrgUnitAsync(manager);
        var trainee = await coordinator.LinkedPersonAsync(staff, "Lee Trainee", unit);
        var other = await coordinator.PersonAsync("Wang Other", unit);
        var role = await coordinator.RoleAsync(trainee, other);
        var planId = WorkflowApi.NewId("plan");
        var course = await coordinator.PostJsonAsync("/api/training/courses", new JsonObject
        {
            ["title"] = "Crisis essentials", ["roleIds"] = new JsonArray(role), ["planIds"] = new JsonArray(planId), ["dueWithinDays"] = 10, ["evidenceRequired"] = true,
        }.ToJsonString()).ExpectAsync(HttpStatusCode.Created);

        await coordinator.RaiseAsync("plan.published", new { correlationId = planId, payload = new { planId, revision = 1 } });
        var instanceId = await WorkflowApi.EventuallyAsync(async () =>
        {
            try { return await coordinator.InstanceOfAsync("training-assignment", planId); } catch (Xunit.Sdk.XunitException) { return null; }
        }, TimeSpan.FromSeconds(10), "the training-assignment instance");
        await coordinator.WaitForStatusAsync(instanceId, "Suspended", TimeSpan.FromSeconds(10));

        var assignments = (await coordinator.GetOkAsync($"/api/training/assignments?courseId={course.Str("id")}")).AsArray();
        Assert.Equal(2, assignments.Count);
        var mine = Assert.Single((await staff.GetOkAsync("/api/training/assignments?mine=true")).AsArray());
        Assert.Equal(trainee, mine.Str("personId"));
        Assert.Equal("Assigned", mine.Str("status"));
        Assert.False(mine!["overdue"]!.GetValue<bool>());
        var messages = await coordinator.OutboxAsync(instanceId);
        Assert.Equal(2, messages.Count(m => m.Str("templateKey") == "training-assigned"));

        // Staff may not complete someone else's assignment.
        var othersId = assignments.Single(a => a.Str("personId") == other).Str("id");
        await staff.PostJsonAsync($"/api/training/assignments/{othersId}/complete", """{ "evidence": "x" }""").ProblemAsync(HttpStatusCode.Forbidden);

        await server.Factory.AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1)); // 7 days before due
        await server.Factory.AdvanceAsync(TimeSpan.FromDays(6));                              // 1 day before due
        messages = await coordinator.OutboxAsync(instanceId);
        Assert.Equal(4, messages.Count(m => m.Str("templateKey") == "training-reminder"));
        Assert.DoesNotContain(messages, m => m.Str("templateKey") == "training-overdue");

        await server.Factory.AdvanceAsync(TimeSpan.FromDays(1));                              // past due
        messages = await coordinator.OutboxAsync(instanceId);
        var escalation = messages.SingleOrDefault(m => m.Str("templateKey") == "training-overdue")
            ?? throw new Xunit.Sdk.XunitException((await coordinator.InstanceAsync(instanceId)).ToJsonString() + (await coordinator.JournalAsync(instanceId)).ToJsonString());
        Assert.Equal(manager, escalation.Str("personId"));
        Assert.Contains("Lee Trainee", escalation.Str("body"), StringComparison.Ordinal);
        Assert.Equal("Suspended", (await coordinator.InstanceAsync(instanceId)).Str("status"));

        // The trainee completes; the course requires evidence.
        var errors = await staff.PostJsonAsync($"/api/training/assignments/{mine.Str("id")}/complete", "{}").ValidationErrorsAsync();
        Assert.Contains("evidence", errors.Keys);
        var done = await staff.PostJsonAsync($"/api/training/assignments/{mine.Str("id")}/complete", """{ "evidence": "Certificate 42" }""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", done.Str("status"));
        await staff.PostJsonAsync($"/api/training/assignments/{mine.Str("id")}/complete", """{ "evidence": "again" }""").ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Suspended", (await coordinator.InstanceAsync(instanceId)).Str("status"));

        await coordinator.PostJsonAsync($"/api/training/assignments/{othersId}/complete", """{ "evidence": "Signed sheet" }""").ExpectAsync(HttpStatusCode.OK);
        await coordinator.WaitForStatusAsync(instanceId, "Finished", TimeSpan.FromSeconds(10));
        var journal = await coordinator.JournalAsync(instanceId);
        Assert.Contains(journal, e => e.Str("activityId") == "wait" && e?["outcome"]?.GetValue<string>() == "Completed");
    }
}

public sealed class TrainingAssignmentScenarioTests_Sqlite(SqliteNotificationScenarioServer server)
    : TrainingAssignmentScenarioTests(server), IClassFixture<SqliteNotificationScenarioServer>;

public sealed class TrainingAssignmentScenarioTests_Postgres(PostgresNotificationScenarioServer server)
    : TrainingAssignmentScenarioTests(server), IClassFixture<PostgresNotificationScenarioServer>;
