using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Incidents;

/// <summary>Declaring incidents, their status machine, notes and timeline through the HTTP API.</summary>
public abstract class IncidentsApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Body(object value) => JsonSerializer.Serialize(value);

    private static async Task<string> DeclareAsync(HttpClient client, int severity = 3, string title = "Flood in DC1")
    {
        var created = await client.PostJsonAsync("/api/incidents", Body(new { title, category = "Natural", subcategory = "Flood", severity, location = "Kowloon Bay" }))
            .ExpectAsync(HttpStatusCode.Created);
        return created.Str("id");
    }

    [Fact]
    public async Task Declaring_answers_201_with_the_incident_and_the_workflows_it_started()
    {
        var client = await Coordinator();
        var created = await client.PostJsonAsync("/api/incidents",
            Body(new { title = "Fire on level 3", description = "Smoke in the server room", category = "HumanCaused", subcategory = "fire", severity = 2 }))
            .ExpectAsync(HttpStatusCode.Created);

        created.HasFields("id", "title", "category", "subcategory", "severity", "status", "declaredBy", "declaredAt", "startedInstances");
        Assert.Equal("Declared", created.Str("status"));
        Assert.Equal("HumanCaused", created.Str("category"));
        Assert.Equal("Fire", created.Str("subcategory"));
        Assert.Equal("coordinator@bcm.test", created.Str("declaredBy"));
        // The shipped incident-escalation workflow starts on incident.declared; incident-triage no longer does.
        var started = Assert.Single(created["startedInstances"]!.AsArray());
        var instance = await client.InstanceAsync(started!.GetValue<string>());
        Assert.Equal("incident-escalation", instance.Str("definitionId"));
        Assert.Equal(created.Str("id"), instance.Str("correlationId"));
    }

    [Fact]
    public async Task Bad_fields_are_each_named_and_nothing_is_stored()
    {
        var client = await Coordinator();
        var before = (await client.GetOkAsync("/api/incidents")).AsArray().Count;

        var errors = await client.PostJsonAsync("/api/incidents",
            Body(new { title = "", category = "Natural", subcategory = "Fire", severity = 7, orgUnitId = "no-such-unit" })).ValidationErrorsAsync();

        Assert.Equal(["orgUnitId", "severity", "subcategory", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Earthquake", errors["subcategory"][0], StringComparison.Ordinal);
        var unknownCategory = await client.PostJsonAsync("/api/incidents", Body(new { title = "x", category = "Alien", subcategory = "Other", severity = 1 })).ValidationErrorsAsync();
        Assert.Contains("category", unknownCategory.Keys);
        Assert.Equal(before, (await client.GetOkAsync("/api/incidents")).AsArray().Count);
    }

    [Fact]
    public async Task Status_moves_forward_only_skipping_is_allowed_and_closed_is_final()
    {
        var client = await Coordinator();
        var id = await DeclareAsync(client);

        var recovering = await client.PostJsonAsync($"/api/incidents/{id}/status", Body(new { status = "Recovering", note = "Failover done" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Recovering", recovering.Str("status"));

        var back = await client.PostJsonAsync($"/api/incidents/{id}/status", Body(new { status = "Responding" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("Recovering", "Responding"), (back.Str("from"), back.Str("to")));
        Assert.True(back["errors"]!.AsObject().ContainsKey("status"));

        var closed = await client.PostJsonAsync($"/api/incidents/{id}/status", Body(new { status = "Closed" })).ExpectAsync(HttpStatusCode.OK);
        Assert.NotNull(closed["closedAt"]);
        var reopen = await client.PostJsonAsync($"/api/incidents/{id}/status", Body(new { status = "Recovering" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Closed", reopen.Str("from"));
        var unknown = await client.PostJsonAsync($"/api/incidents/{id}/status", Body(new { status = "Solved" })).ValidationErrorsAsync();
        Assert.Contains("status", unknown.Keys);
        Assert.Equal("Closed", (await client.GetOkAsync($"/api/incidents/{id}")).Str("status"));
    }

    [Fact]
    public async Task Notes_decisions_and_status_changes_are_on_the_timeline_in_order_with_who_made_them()
    {
        var client = await Coordinator();
        var id = await DeclareAsync(client);
        await client.PostJsonAsync($"/api/incidents/{id}/notes", Body(new { text = "Water reached the UPS room", kind = "Note" })).ExpectAsync(HttpStatusCode.Created);
        await client.PostJsonAsync($"/api/incidents/{id}/notes", Body(new { text = "Fail over to Tsuen Wan", kind = "Decision" })).ExpectAsync(HttpStatusCode.Created);
        await client.PostJsonAsync($"/api/incidents/{id}/status", Body(new { status = "Responding", note = "Team on site" })).ExpectAsync(HttpStatusCode.OK);
        var bad = await client.PostJsonAsync($"/api/incidents/{id}/notes", Body(new { text = "", kind = "Gossip" })).ValidationErrorsAsync();
        Assert.Equal(["kind", "text"], bad.Keys.Order(StringComparer.Ordinal));

        var timeline = (await client.GetOkAsync($"/api/incidents/{id}/timeline")).AsArray();
        // The escalation workflow writes its own lines (actor workflow:…); these are the coordinator's.
        var actions = timeline.Where(t => t.Str("source") == "audit" && t.Str("actor") == "coordinator@bcm.test").Select(t => t.Str("action")).ToList();
        Assert.Equal(["declared", "note", "decision", "status:Responding"], actions);
        Assert.Contains(timeline, t => t.Str("actor").StartsWith("workflow:", StringComparison.Ordinal) && t.Str("summary").Contains("Escalation started", StringComparison.Ordinal));
        var decision = Assert.Single(timeline, t => t.Str("action") == "decision");
        Assert.Equal(("Decision", "coordinator@bcm.test", "Fail over to Tsuen Wan"), (decision.Str("kind"), decision.Str("actor"), decision.Str("summary")));
        // The single read carries the same timeline; the audit API shows it to an auditor.
        var incident = await client.GetOkAsync($"/api/incidents/{id}");
        Assert.Equal(timeline.Count, incident["timeline"]!.AsArray().Count);
        Assert.Contains((await client.GetOkAsync($"/api/audit?subject=incident:{id}")).AsArray(), t => t.Str("action") == "status:Responding");
    }

    [Fact]
    public async Task The_list_filters_by_status_and_severity()
    {
        var client = await Coordinator();
        var urgent = await DeclareAsync(client, severity: 1, title: "Urgent one");
        var minor = await DeclareAsync(client, severity: 4, title: "Minor one");
        await client.PostJsonAsync($"/api/incidents/{minor}/status", Body(new { status = "Closed" })).ExpectAsync(HttpStatusCode.OK);

        var severeOpen = (await client.GetOkAsync("/api/incidents?status=Declared&severity=1")).AsArray().Select(i => i.Str("id")).ToList();
        Assert.Contains(urgent, severeOpen);
        Assert.DoesNotContain(minor, severeOpen);
        Assert.Contains(minor, (await client.GetOkAsync("/api/incidents?status=Closed")).AsArray().Select(i => i.Str("id")));
        Assert.Contains("status", (await client.GetAsync("/api/incidents?status=Nope").ValidationErrorsAsync()).Keys);
        await client.GetAsync("/api/incidents/does-not-exist").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_can_read_but_not_declare_and_managers_can_declare()
    {
        var staff = await server.ClientAsync(Roles.Staff);
        var response = await staff.PostAsJsonAsync("/api/incidents", new { title = "x", category = "Natural", subcategory = "Flood", severity = 3 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await staff.GetOkAsync("/api/incidents");
        var manager = await server.ClientAsync(Roles.Manager);
        await DeclareAsync(manager);
    }
}

public sealed class IncidentsApiTests_Sqlite(SqliteServer server) : IncidentsApiTests(server), IClassFixture<SqliteServer>;

public sealed class IncidentsApiTests_Postgres(PostgresServer server) : IncidentsApiTests(server), IClassFixture<PostgresServer>;
