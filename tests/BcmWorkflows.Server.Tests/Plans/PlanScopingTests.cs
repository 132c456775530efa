using System.Net;
using System.Net.Http.Headers;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.Server.Tests.Tasks;

namespace BcmWorkflows.Server.Tests.Plans;

/// <summary>
/// Org-unit scoping: a coordinator linked to a person of unit A changes plans of A and of A's sub-units, never those
/// of another unit; administrators and coordinators without a linked unit keep organisation-wide rights.
/// </summary>
public abstract class PlanScopingTests(ServerFixture server)
{
    /// <summary>Units A, A/sub (below A) and B, a coordinator of A, and one plan (with an open revision) in each unit.</summary>
    private sealed record Org(string A, string Sub, string B, HttpClient CoordinatorOfA, string CoordinatorPerson, string PlanOfA, string PlanOfSub, string PlanOfB);

    private async Task<Org> OrgAsync()
    {
        var admin = await server.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        string a = $"a-{tag}", sub = $"a-sub-{tag}", b = $"b-{tag}";
        await admin.PutAsync($"/api/org-units/{a}", PlanApi.Body(new { name = "Unit A" })).ExpectAsync(HttpStatusCode.Created);
        await admin.PutAsync($"/api/org-units/{sub}", PlanApi.Body(new { name = "Below A", parentId = a })).ExpectAsync(HttpStatusCode.Created);
        await admin.PutAsync($"/api/org-units/{b}", PlanApi.Body(new { name = "Unit B" })).ExpectAsync(HttpStatusCode.Created);

        var (coordinator, person) = await server.SignedInPersonAsync($"Coordinator {tag}", Roles.Coordinator, orgUnit: a, creator: admin);

        async Task<string> PlanIn(string unit)
        {
            var id = (await admin.CreatePlanAsync(new { title = $"Plan of {unit}", orgUnitId = unit })).Str("id");
            await admin.OpenRevisionAsync(id);
            return id;
        }
        return new Org(a, sub, b, coordinator, person, await PlanIn(a), await PlanIn(sub), await PlanIn(b));
    }

    [Fact]
    public async Task A_coordinator_of_a_unit_edits_its_plans_and_those_of_its_sub_units()
    {
        var org = await OrgAsync();
        var coordinator = org.CoordinatorOfA;

        foreach (var (plan, unit) in new[] { (org.PlanOfA, org.A), (org.PlanOfSub, org.Sub) })
        {
            var updated = await coordinator.PutAsync($"/api/plans/{plan}", PlanApi.Body(new { title = "Renamed by A", orgUnitId = unit })).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("Renamed by A", updated.Str("title"));
            await coordinator.EditAsync(plan, 1, new { objectives = "Edited by A" });
            await coordinator.MoveAsync(plan, 1, "InReview").ExpectAsync(HttpStatusCode.OK);
        }
        var created = await coordinator.CreatePlanAsync(new { title = "New plan below A", orgUnitId = org.Sub });
        Assert.Equal(org.Sub, created.Str("orgUnitId"));
    }

    [Fact]
    public async Task A_coordinator_of_one_unit_cannot_change_another_units_plan_and_nothing_is_stored()
    {
        var org = await OrgAsync();
        var coordinator = org.CoordinatorOfA;
        var admin = await server.AdminAsync();
        var before = (await admin.GetOkAsync($"/api/plans/{org.PlanOfB}")).ToJsonString();
        var revisionBefore = (await admin.GetOkAsync($"/api/plans/{org.PlanOfB}/revisions/1")).ToJsonString();

        await coordinator.PutAsync($"/api/plans/{org.PlanOfB}", PlanApi.Body(new { title = "Taken over", orgUnitId = org.A })).ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.PutAsync($"/api/plans/{org.PlanOfB}/revisions/1", PlanApi.Body(new { content = new { objectives = "Overwritten" } })).ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.MoveAsync(org.PlanOfB, 1, "InReview").ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.PostAsync($"/api/plans/{org.PlanOfB}/review", null).ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.PostAsync($"/api/plans/{org.PlanOfB}/revisions/1/document", null).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(before, (await admin.GetOkAsync($"/api/plans/{org.PlanOfB}")).ToJsonString());
        Assert.Equal(revisionBefore, (await admin.GetOkAsync($"/api/plans/{org.PlanOfB}/revisions/1")).ToJsonString());
        Assert.Equal(["created", "revision-opened"], (await admin.GetOkAsync($"/api/audit?subject=plan:{org.PlanOfB}")).AsArray().Select(a => a.Str("action")));
    }

    [Fact]
    public async Task A_scoped_coordinator_can_neither_create_plans_elsewhere_nor_move_a_plan_out_of_their_units()
    {
        var org = await OrgAsync();
        var coordinator = org.CoordinatorOfA;
        var admin = await server.AdminAsync();
        var count = (await admin.GetOkAsync("/api/plans")).AsArray().Count;

        var elsewhere = await coordinator.PostAsync("/api/plans", PlanApi.Body(new { title = "Plan for B", orgUnitId = org.B })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(org.B, elsewhere.Str("detail"));
        await coordinator.PostAsync("/api/plans", PlanApi.Body(new { title = "Plan for nobody" })).ProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.PutAsync($"/api/plans/{org.PlanOfA}", PlanApi.Body(new { title = "Moved to B", orgUnitId = org.B })).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(count, (await admin.GetOkAsync("/api/plans")).AsArray().Count);
        Assert.Equal(org.A, (await admin.GetOkAsync($"/api/plans/{org.PlanOfA}")).Str("orgUnitId"));
    }

    [Fact]
    public async Task Administrators_and_coordinators_without_a_linked_unit_change_every_units_plans()
    {
        var org = await OrgAsync();
        var unlinked = await server.ClientAsync(Roles.Coordinator); // no person linked: organisation-wide, as before scoping
        var admin = await server.AdminAsync();

        await unlinked.PutAsync($"/api/plans/{org.PlanOfB}", PlanApi.Body(new { title = "Renamed centrally", orgUnitId = org.B })).ExpectAsync(HttpStatusCode.OK);
        await unlinked.EditAsync(org.PlanOfB, 1, new { objectives = "Central edit" });
        await admin.PutAsync($"/api/plans/{org.PlanOfB}", PlanApi.Body(new { title = "Renamed by the admin", orgUnitId = org.A })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(org.A, (await admin.GetOkAsync($"/api/plans/{org.PlanOfB}")).Str("orgUnitId"));
    }

    [Fact]
    public async Task A_plans_owner_from_another_unit_still_revises_it()
    {
        var org = await OrgAsync();
        var admin = await server.AdminAsync();
        var plan = (await admin.CreatePlanAsync(new { title = "B's plan owned from A", orgUnitId = org.B, ownerPersonId = org.CoordinatorPerson })).Str("id");
        await admin.OpenRevisionAsync(plan);

        await org.CoordinatorOfA.EditAsync(plan, 1, new { objectives = "The owner's edit" });
        await org.CoordinatorOfA.PutAsync($"/api/plans/{plan}", PlanApi.Body(new { title = "Metadata stays with B", orgUnitId = org.B })).ProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class PlanScopingTests_Sqlite(SqliteServer server) : PlanScopingTests(server), IClassFixture<SqliteServer>;

public sealed class PlanScopingTests_Postgres(PostgresServer server) : PlanScopingTests(server), IClassFixture<PostgresServer>;
