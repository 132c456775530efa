using System.Net;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Plans;

/// <summary><c>/api/plans</c> and their revisions: metadata, the revision state machine, approvers, diff and RTO warnings.</summary>
public abstract class PlansApiTests(ServerFixture server)
{
    private static object Content(string objectives, string processId, string duration) => new
    {
        objectives, scope = "Treasury, Hong Kong", emergencyResponse = "1. Call the crisis manager.\n2. Evacuate.",
        recoverySteps = new[]
        {
            new { processId, step = "Fail over the payment hub", duration, ownerRole = (string?)"crisis-manager" },
            new { processId, step = "Reconcile queued payments", duration = "PT30M", ownerRole = (string?)null },
        },
        contacts = new[] { new { name = "HKMA duty desk", role = "Regulator", phone = "+85228788196", email = "duty@example.hk", external = true } },
    };

    [Fact]
    public async Task A_plan_is_created_with_defaults_and_refuses_unknown_references_by_path()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var process = await client.CreateProcessAsync("Payments", "PT4H");
        var plan = await client.CreatePlanAsync(new { title = "Treasury BCP", processIds = new[] { process }, approvers = new[] { "role:crisis-manager" } });
        Assert.Equal(12, plan.Int("reviewIntervalMonths"));
        Assert.Equal("en", plan.Str("language"));
        Assert.Null(plan["currentRevision"]);
        Assert.Null(plan["nextReviewAt"]);

        var errors = await client.PostAsync("/api/plans", PlanApi.Body(new
        {
            title = "X", ownerPersonId = "ghost", approvers = new[] { "role:crisis-manager", "role:nobody", "person:ghost" },
            processIds = new[] { "ghost" }, reviewIntervalMonths = 0, language = "fr",
        })).ValidationErrorsAsync();
        Assert.Equal(new[] { "approvers[1]", "approvers[2]", "language", "ownerPersonId", "processIds[0]", "reviewIntervalMonths" }, errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_revision_moves_through_review_and_approval_to_publication_and_the_next_one_archives_it()
    {
        var admin = await server.AdminAsync();
        var process = await admin.CreateProcessAsync("Payments", "PT4H");
        var planId = (await admin.CreatePlanAsync(new { title = "Treasury BCP", processIds = new[] { process }, reviewIntervalMonths = 6 })).Str("id");

        var first = await admin.OpenRevisionAsync(planId);
        Assert.Equal((1, "Draft"), (first.Int("revision"), first.Str("status")));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostEmptyAsync($"/api/plans/{planId}/revisions")).StatusCode);
        var edited = await admin.EditAsync(planId, 1, Content("Keep payments running.", process, "PT2H"));
        Assert.Empty(edited["warnings"]!.AsArray());
        await admin.PublishAsync(planId, 1);

        var plan = await admin.GetOkAsync($"/api/plans/{planId}");
        Assert.Equal((1, 1, "Published"), (plan.Int("currentRevision"), plan.Int("publishedRevision"), plan.Str("status")));
        var reviewed = DateTimeOffset.Parse(plan.Str("lastReviewedAt"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(reviewed.AddMonths(6), DateTimeOffset.Parse(plan.Str("nextReviewAt"), System.Globalization.CultureInfo.InvariantCulture));
        await admin.PutAsync($"/api/plans/{planId}/revisions/1", PlanApi.Body(new { content = new { objectives = "x" } })).ProblemAsync(HttpStatusCode.Conflict);

        var second = await admin.OpenRevisionAsync(planId);
        Assert.Equal("Keep payments running.", second["content"]!.Str("objectives"));
        await admin.EditAsync(planId, 2, Content("Keep payments running.\nRestore them within four hours.", process, "PT2H"));
        await admin.PublishAsync(planId, 2);

        var revisions = (await admin.GetOkAsync($"/api/plans/{planId}/revisions")).AsArray();
        Assert.Equal(["Archived", "Published"], revisions.Select(r => r.Str("status")));
        var trail = (await admin.GetOkAsync($"/api/audit?subject=plan:{planId}")).AsArray().Select(a => a.Str("action")).ToList();
        Assert.Contains("revision-approved", trail);
        Assert.Contains("revision-archived", trail);
        Assert.Equal(2, trail.Count(a => a == "revision-published"));
    }

    [Fact]
    public async Task Invalid_moves_are_conflicts_and_a_return_needs_a_comment_which_reaches_the_owner_view()
    {
        var admin = await server.AdminAsync();
        var planId = (await admin.CreatePlanAsync(new { title = "IT BCP" })).Str("id");
        await admin.OpenRevisionAsync(planId);

        var conflict = await admin.MoveAsync(planId, 1, "Approved").ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("Draft", "Approved"), (conflict.Str("from"), conflict.Str("to")));
        Assert.Equal(["status"], (await admin.MoveAsync(planId, 1, "Finished").ValidationErrorsAsync()).Keys);
        await admin.MoveAsync(planId, 1, "InReview").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["comment"], (await admin.MoveAsync(planId, 1, "Returned").ValidationErrorsAsync()).Keys);

        var returned = await admin.MoveAsync(planId, 1, "Returned", "Add the regulator's number.").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("Returned", "Add the regulator's number.", true), (returned.Str("status"), returned.Str("comment"), returned["editable"]!.GetValue<bool>()));
        await admin.EditAsync(planId, 1, new { objectives = "Now with the regulator." });
        await admin.MoveAsync(planId, 1, "InReview").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/plans/{planId}/revisions/9")).StatusCode);
    }

    [Fact]
    public async Task Only_an_approver_or_an_admin_approves_or_returns_a_pending_revision()
    {
        var coordinator = await server.ClientAsync(Roles.Coordinator);
        var manager = await server.ClientAsync(Roles.Manager);
        var approver = await coordinator.LinkedPersonAsync(manager, "Mia Manager");
        var planId = (await coordinator.CreatePlanAsync(new { title = "Ops BCP", approvers = new[] { $"person:{approver}" } })).Str("id");
        await coordinator.OpenRevisionAsync(planId);
        await coordinator.MoveAsync(planId, 1, "InReview").ExpectAsync(HttpStatusCode.OK);
        await coordinator.MoveAsync(planId, 1, "PendingApproval").ExpectAsync(HttpStatusCode.OK);

        await coordinator.MoveAsync(planId, 1, "Approved").ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.MoveAsync(planId, 1, "Returned", "no").ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("PendingApproval", (await coordinator.GetOkAsync($"/api/plans/{planId}/revisions/1")).Str("status"));

        var approved = await manager.MoveAsync(planId, 1, "Approved", "Fine.").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("Approved", "manager@bcm.test"), (approved.Str("status"), approved.Str("approvedBy")));
        await manager.MoveAsync(planId, 1, "Published").ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.MoveAsync(planId, 1, "Published").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_diff_compares_sections_and_the_RTO_check_warns_without_blocking()
    {
        var admin = await server.AdminAsync();
        var fast = await admin.CreateProcessAsync("Payments", "PT2H");
        var unplanned = await admin.CreateProcessAsync("Dealing", "PT4H");
        var planId = (await admin.CreatePlanAsync(new { title = "Markets BCP", processIds = new[] { fast, unplanned } })).Str("id");
        await admin.OpenRevisionAsync(planId);
        await admin.EditAsync(planId, 1, Content("Keep payments running.", fast, "PT1H"));
        await admin.PublishAsync(planId, 1);
        await admin.OpenRevisionAsync(planId);

        var edited = await admin.EditAsync(planId, 2, Content("Keep payments running.\nTell the regulator.", fast, "PT3H"));
        var warnings = edited["warnings"]!.AsArray();
        Assert.Equal([fast, unplanned], warnings.Select(w => w.Str("processId")));
        Assert.All(warnings, w => Assert.Equal("recoverySteps", w.Str("field")));
        Assert.Equal(2, (await admin.GetOkAsync($"/api/plans/{planId}/revisions/2"))["warnings"]!.AsArray().Count);

        var diff = await admin.GetOkAsync($"/api/plans/{planId}/revisions/2/diff?against=1");
        Assert.Equal((2, 1), (diff.Int("revision"), diff.Int("against")));
        Assert.Equal(["objectives", "recoverySteps"], diff["changedSections"]!.AsArray().Select(s => s!.GetValue<string>()));
        var objectives = diff["sections"]!.AsArray().Single(s => s.Str("section") == "objectives");
        Assert.Equal("Changed", objectives.Str("status"));
        Assert.Contains(objectives!["lines"]!.AsArray(), l => l.Str("type") == "Inserted" && l.Str("text") == "Tell the regulator.");
        Assert.Equal("Unchanged", diff["sections"]!.AsArray().Single(s => s.Str("section") == "scope").Str("status"));
        Assert.Equal(1, (await admin.GetOkAsync($"/api/plans/{planId}/revisions/2/diff")).Int("against"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/plans/{planId}/revisions/2/diff?against=7")).StatusCode);
    }

    [Fact]
    public async Task Content_problems_are_keyed_by_path_and_nothing_is_changed()
    {
        var admin = await server.AdminAsync();
        var process = await admin.CreateProcessAsync("Payments", "PT4H");
        var planId = (await admin.CreatePlanAsync(new { title = "HR BCP" })).Str("id");
        await admin.OpenRevisionAsync(planId);

        var errors = await admin.PutAsync($"/api/plans/{planId}/revisions/1", PlanApi.Body(new
        {
            content = new
            {
                objectives = "Changed?",
                recoverySteps = new object[] { new { processId = process, step = "ok", duration = "PT1H" }, new { processId = "ghost", step = "", duration = "soon", ownerRole = "wizard" } },
                contacts = new[] { new { name = "", external = false } },
            },
        })).ValidationErrorsAsync();

        Assert.Equal(new[] { "contacts[0].name", "recoverySteps[1].duration", "recoverySteps[1].ownerRole", "recoverySteps[1].processId", "recoverySteps[1].step" },
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Null((await admin.GetOkAsync($"/api/plans/{planId}/revisions/1"))["content"]?["objectives"]);
    }
}

public sealed class PlansApiTests_Sqlite(SqliteServer server) : PlansApiTests(server), IClassFixture<SqliteServer>;

public sealed class PlansApiTests_Postgres(PostgresServer server) : PlansApiTests(server), IClassFixture<PostgresServer>;
