using System.Net;
using System.Text.Json;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Organisation;

/// <summary><c>/api/org-units</c>, <c>/api/bcm-roles</c> and the audit lines they leave.</summary>
public abstract class OrganisationApiTests(ServerFixture server)
{
    private static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static StringContent Body(object value) => Api.Json(JsonSerializer.Serialize(value));

    [Fact]
    public async Task The_standard_roles_exist_after_start_up()
    {
        var client = await server.ClientAsync(Roles.Staff);
        var roles = (await client.GetOkAsync("/api/bcm-roles")).AsArray().Select(r => r.Str("id")).ToList();
        Assert.Contains("crisis-manager", roles);
        Assert.Contains("incident-responder-l1", roles);
    }

    [Fact]
    public async Task An_org_unit_with_a_manager_is_created_updated_and_audited()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var manager = await client.CreatePersonAsync(new { name = "Mia Manager", email = "mia@example.org" });
        var id = Key("treasury");
        var created = await client.PutAsync($"/api/org-units/{id}", Body(new { name = "Treasury", managerPersonId = manager })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(manager, created.Str("managerPersonId"));
        var updated = await client.PutAsync($"/api/org-units/{id}", Body(new { name = "Treasury & Markets", managerPersonId = manager })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, updated.Int("revision"));

        var trail = (await client.GetOkAsync($"/api/audit?subject=orgunit:{id}")).AsArray();
        Assert.Equal(["created", "updated"], trail.Select(t => t.Str("action")));
        Assert.All(trail, t => Assert.Equal("StateChange", t.Str("kind")));
    }

    [Fact]
    public async Task A_cycle_of_parents_an_unknown_manager_or_a_bad_key_is_refused_naming_the_field()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var (a, b) = (Key("a"), Key("b"));
        await client.PutAsync($"/api/org-units/{a}", Body(new { name = "A" })).ExpectAsync(HttpStatusCode.Created);
        await client.PutAsync($"/api/org-units/{b}", Body(new { name = "B", parentId = a })).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(["parentId"], (await client.PutAsync($"/api/org-units/{a}", Body(new { name = "A", parentId = b })).ValidationErrorsAsync()).Keys);
        Assert.Equal(["managerPersonId"], (await client.PutAsync($"/api/org-units/{a}", Body(new { name = "A", managerPersonId = "nobody" })).ValidationErrorsAsync()).Keys);
        Assert.Equal(["id"], (await client.PutAsync("/api/org-units/Not%20A%20Key", Body(new { name = "X" })).ValidationErrorsAsync()).Keys);
        Assert.Null((await client.GetOkAsync($"/api/org-units/{a}"))["parentId"]);
    }

    [Fact]
    public async Task Role_holders_are_replaced_as_a_whole_and_unknown_people_are_refused()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var role = Key("recovery");
        await client.PutAsync($"/api/bcm-roles/{role}", Body(new { name = "Recovery lead" })).ExpectAsync(HttpStatusCode.Created);
        var (p1, p2) = (await client.CreatePersonAsync(new { name = "Primary", email = "p1@example.org" }), await client.CreatePersonAsync(new { name = "Deputy", email = "p2@example.org" }));

        var view = await client.PutAsync($"/api/bcm-roles/{role}/holders", Body(new object[] { new { personId = p2, rank = 2 }, new { personId = p1, rank = 1 } })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([p1, p2], view["holders"]!.AsArray().Select(h => h.Str("personId")));

        var errors = await client.PutAsync($"/api/bcm-roles/{role}/holders", Body(new object[] { new { personId = p1 }, new { personId = "ghost" } })).ValidationErrorsAsync();
        Assert.Equal(["[1].personId"], errors.Keys);
        Assert.Equal(2, (await client.GetOkAsync($"/api/bcm-roles/{role}"))["holders"]!.AsArray().Count);
    }

    [Fact]
    public async Task Staff_read_but_cannot_write_and_cannot_read_the_audit_trail()
    {
        var staff = await server.ClientAsync(Roles.Staff);
        await staff.GetOkAsync("/api/org-units");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsync($"/api/org-units/{Key("x")}", Body(new { name = "X" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/audit?subject=orgunit:x")).StatusCode);
    }

    [Fact]
    public async Task The_audit_trail_needs_a_known_subject_kind_and_exports_CSV()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        Assert.Equal(["subject"], (await client.GetAsync("/api/audit?subject=spaceship:1").ValidationErrorsAsync()).Keys);
        var id = Key("csv");
        await client.PutAsync($"/api/org-units/{id}", Body(new { name = "=cmd|' /C calc'!A0" })).ExpectAsync(HttpStatusCode.Created);

        using var csv = await client.GetAsync($"/api/audit?subject=orgunit:{id}&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at,kind,action,actor,summary", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("created", lines[1], StringComparison.Ordinal);
    }
}

public sealed class OrganisationApiTests_Sqlite(SqliteServer server) : OrganisationApiTests(server), IClassFixture<SqliteServer>;

public sealed class OrganisationApiTests_Postgres(PostgresServer server) : OrganisationApiTests(server), IClassFixture<PostgresServer>;
