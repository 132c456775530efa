using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Definitions;

/// <summary>Draft, publish, retract, revert and the read side of workflow definitions.</summary>
public abstract class DefinitionsApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Url(string id) => WorkflowApi.DefinitionUrl(id);

    private static string MessageOf(JsonNode definition) =>
        definition["root"]!["activities"]![0]!["inputs"]!["message"]!["value"]!.GetValue<string>();

    [Fact]
    public async Task Put_of_a_new_id_creates_draft_version_1()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("new");
        using var response = await client.PutJsonAsync(Url(id), Workflows.Simple(id));
        var body = await Api.ExpectAsync(response, HttpStatusCode.Created);

        body.HasFields("definitionId", "version", "isLatest", "isPublished");
        Assert.Equal(id, body.Str("definitionId"));
        Assert.Equal(1, body.Int("version"));
        Assert.True(body["isLatest"]!.GetValue<bool>());
        Assert.False(body["isPublished"]!.GetValue<bool>());
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async Task Put_again_overwrites_the_unpublished_draft()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("over");
        await client.SaveAsync(Workflows.Simple(id, "first"));

        var again = await client.PutJsonAsync(Url(id), Workflows.Simple(id, "second")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, again.Int("version"));
        Assert.True(again["isLatest"]!.GetValue<bool>());
        Assert.False(again["isPublished"]!.GetValue<bool>());

        Assert.Equal("second", MessageOf(await client.GetOkAsync(Url(id))));
        Assert.Single((await client.GetOkAsync($"{Url(id)}/versions")).AsArray());
    }

    [Fact]
    public async Task Publish_then_put_starts_draft_version_2_and_version_selectors_find_each()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("pub");
        await client.SaveAsync(Workflows.Simple(id, "one"));

        var published = await client.PublishAsync(id);
        published.HasFields("version", "isPublished");
        Assert.Equal(1, published.Int("version"));
        Assert.True(published["isPublished"]!.GetValue<bool>());

        var draft = await client.PutJsonAsync(Url(id), Workflows.Simple(id, "two")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, draft.Int("version"));
        Assert.True(draft["isLatest"]!.GetValue<bool>());
        Assert.False(draft["isPublished"]!.GetValue<bool>());

        var latest = await client.GetOkAsync($"{Url(id)}?version=latest");
        var byDefault = await client.GetOkAsync(Url(id));
        var publishedVersion = await client.GetOkAsync($"{Url(id)}?version=published");
        var v1 = await client.GetOkAsync($"{Url(id)}?version=1");
        var v2 = await client.GetOkAsync($"{Url(id)}?version=2");

        foreach (var d in new[] { latest, byDefault, publishedVersion, v1, v2 })
            d.HasFields("definitionId", "name", "inputs", "variables", "triggers", "root", "version", "isLatest", "isPublished", "createdAt", "createdBy");
        Assert.Equal((2, "two", true, false), (latest.Int("version"), MessageOf(latest), latest["isLatest"]!.GetValue<bool>(), latest["isPublished"]!.GetValue<bool>()));
        Assert.Equal(2, byDefault.Int("version"));
        Assert.Equal((1, "one", false, true), (publishedVersion.Int("version"), MessageOf(publishedVersion), publishedVersion["isLatest"]!.GetValue<bool>(), publishedVersion["isPublished"]!.GetValue<bool>()));
        Assert.Equal((1, "one"), (v1.Int("version"), MessageOf(v1)));
        Assert.Equal((2, "two"), (v2.Int("version"), MessageOf(v2)));
        Assert.Equal("Flowchart", latest["root"]!.Str("type"));

        await client.GetAsync($"{Url(id)}?version=3").ProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"{Url(id)}?version=newest").ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Versions_list_says_who_saved_each_version()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("vers");
        await client.DeployAsync(Workflows.Simple(id, "one"));
        await client.SaveAsync(Workflows.Simple(id, "two"));

        var versions = (await client.GetOkAsync($"{Url(id)}/versions")).AsArray();
        Assert.Equal(2, versions.Count);
        foreach (var v in versions)
        {
            v.HasFields("version", "isLatest", "isPublished", "createdAt", "createdBy", "updatedAt", "updatedBy");
            Assert.Equal("coordinator@bcm.test", v.Str("updatedBy"));
            Assert.Equal("coordinator@bcm.test", v.Str("createdBy"));
            Assert.True(DateTimeOffset.Parse(v.Str("createdAt"), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddHours(-1));
        }
        Assert.Equal((1, false, true), (versions[0].Int("version"), versions[0]!["isLatest"]!.GetValue<bool>(), versions[0]!["isPublished"]!.GetValue<bool>()));
        Assert.Equal((2, true, false), (versions[1].Int("version"), versions[1]!["isLatest"]!.GetValue<bool>(), versions[1]!["isPublished"]!.GetValue<bool>()));

        await client.GetAsync($"{Url(WorkflowApi.NewId("none"))}/versions").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_shows_latest_and_published_versions_with_null_when_nothing_is_published()
    {
        var client = await Coordinator();
        var draftOnly = WorkflowApi.NewId("list-draft");
        var published = WorkflowApi.NewId("list-pub");
        await client.SaveAsync(Workflows.Simple(draftOnly, name: "Draft only"));
        await client.DeployAsync(Workflows.Simple(published, "one", name: "Published"));
        await client.SaveAsync(Workflows.Simple(published, "two", name: "Published"));

        var list = (await client.GetOkAsync("/api/workflow-definitions")).AsArray();
        var draftRow = list.Single(d => d!.Str("definitionId") == draftOnly);
        var publishedRow = list.Single(d => d!.Str("definitionId") == published);
        foreach (var row in new[] { draftRow, publishedRow })
            row.HasFields("definitionId", "name", "description", "latestVersion", "publishedVersion", "updatedAt");

        Assert.Equal("Draft only", draftRow.Str("name"));
        Assert.Equal(1, draftRow.Int("latestVersion"));
        Assert.Null(draftRow!["publishedVersion"]);
        Assert.Equal(2, publishedRow.Int("latestVersion"));
        Assert.Equal(1, publishedRow.Int("publishedVersion"));
    }

    [Fact]
    public async Task Retract_leaves_nothing_published_but_running_instances_continue()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("retract");
        var eventName = $"go-{id}";
        await client.DeployAsync(Workflows.WaitForEvent(id, eventName));
        var instanceId = await client.StartIdAsync(id);
        Assert.Equal("Suspended", (await client.InstanceAsync(instanceId)).Str("status"));

        await client.PostEmptyAsync($"{Url(id)}/retract").ExpectAsync(HttpStatusCode.OK);

        var row = (await client.GetOkAsync("/api/workflow-definitions")).AsArray().Single(d => d!.Str("definitionId") == id);
        Assert.Null(row!["publishedVersion"]);
        Assert.Equal(1, row.Int("latestVersion"));
        await client.GetAsync($"{Url(id)}?version=published").ProblemAsync(HttpStatusCode.NotFound);
        Assert.False((await client.GetOkAsync(Url(id)))["isPublished"]!.GetValue<bool>());
        await client.PostJsonAsync($"{Url(id)}/instances", "{}").ProblemAsync(HttpStatusCode.Conflict);

        var raised = await client.RaiseAsync(eventName);
        Assert.Equal([instanceId], raised["resumed"]!.AsArray().Select(n => n!.GetValue<string>()));
        var finished = await client.InstanceAsync(instanceId);
        Assert.Equal("Finished", finished.Str("status"));
        Assert.Equal("v1", finished["variables"]!.Str("after"));

        await client.PostEmptyAsync($"{Url(WorkflowApi.NewId("none"))}/retract").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revert_copies_an_old_version_forward_as_a_new_draft()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("revert");
        await client.DeployAsync(Workflows.Simple(id, "one"));
        await client.DeployAsync(Workflows.Simple(id, "two"));

        var reverted = await client.PostEmptyAsync($"{Url(id)}/versions/1/revert").ExpectAsync(HttpStatusCode.Created);
        reverted.HasFields("definitionId", "version", "isLatest", "isPublished");
        Assert.Equal((3, true, false), (reverted.Int("version"), reverted["isLatest"]!.GetValue<bool>(), reverted["isPublished"]!.GetValue<bool>()));

        var latest = await client.GetOkAsync(Url(id));
        Assert.Equal((3, "one"), (latest.Int("version"), MessageOf(latest)));
        var published = await client.GetOkAsync($"{Url(id)}?version=published");
        Assert.Equal((2, "two"), (published.Int("version"), MessageOf(published)));

        await client.PostEmptyAsync($"{Url(id)}/versions/9/revert").ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(3, (await client.GetOkAsync($"{Url(id)}/versions")).AsArray().Count);
    }

    [Fact]
    public async Task Server_owned_fields_of_the_wrong_type_are_ignored_too()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("owned-typed");
        var body = JsonNode.Parse(Workflows.Simple(id))!.AsObject();
        body["version"] = "x";
        body["isLatest"] = new JsonArray(1);
        body["isPublished"] = "yes";
        body["createdAt"] = 5;
        body["createdBy"] = new JsonObject { ["name"] = "mallory" };

        var saved = await client.PutJsonAsync(Url(id), body.ToJsonString()).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal((1, false), (saved.Int("version"), saved["isPublished"]!.GetValue<bool>()));
        Assert.Equal("coordinator@bcm.test", (await client.GetOkAsync(Url(id))).Str("createdBy"));
    }

    [Fact]
    public async Task Fields_the_server_does_not_know_are_kept_and_returned_as_they_came()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("extra");
        var body = JsonNode.Parse(Workflows.Simple(id, eventTrigger: "extra.go"))!.AsObject();
        body["tags"] = new JsonArray("bcm", "drill");
        body["variables"] = new JsonArray(new JsonObject { ["name"] = "level", ["type"] = "Number", ["value"] = 1, ["description"] = "Escalation level", ["unit"] = "step" });
        body["inputs"] = new JsonArray(new JsonObject { ["name"] = "who", ["type"] = "String", ["description"] = "Who asked", ["example"] = "Ana" });
        body["triggers"]![0]!["description"] = "Raised by the drill tool";
        body["root"]!["activities"]![0]!["custom"] = new JsonObject { ["colour"] = "red" };

        await client.PutJsonAsync(Url(id), body.ToJsonString()).ExpectAsync(HttpStatusCode.Created);
        var stored = await client.GetOkAsync(Url(id));

        Assert.Equal("""["bcm","drill"]""", stored["tags"]!.ToJsonString());
        Assert.Equal(("Escalation level", "step"), (stored["variables"]![0].Str("description"), stored["variables"]![0].Str("unit")));
        Assert.Equal(("Who asked", "Ana"), (stored["inputs"]![0].Str("description"), stored["inputs"]![0].Str("example")));
        Assert.Equal("Raised by the drill tool", stored["triggers"]![0].Str("description"));
        Assert.Equal("red", stored["root"]!["activities"]![0]!["custom"].Str("colour"));
    }

    [Fact]
    public async Task Server_owned_fields_in_the_body_are_ignored()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("owned");
        var body = JsonNode.Parse(Workflows.Simple(id))!.AsObject();
        body["version"] = 7;
        body["isLatest"] = false;
        body["isPublished"] = true;
        body["createdAt"] = "2001-01-01T00:00:00Z";
        body["createdBy"] = "mallory";

        var saved = await client.PutJsonAsync(Url(id), body.ToJsonString()).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal((1, true, false), (saved.Int("version"), saved["isLatest"]!.GetValue<bool>(), saved["isPublished"]!.GetValue<bool>()));

        var stored = await client.GetOkAsync(Url(id));
        Assert.Equal(1, stored.Int("version"));
        Assert.False(stored["isPublished"]!.GetValue<bool>());
        Assert.Equal("coordinator@bcm.test", stored.Str("createdBy"));
        Assert.NotEqual(2001, DateTimeOffset.Parse(stored.Str("createdAt"), System.Globalization.CultureInfo.InvariantCulture).Year);
        await client.GetAsync($"{Url(id)}?version=published").ProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"{Url(id)}?version=7").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_whose_definitionId_differs_from_the_url_is_400_and_saves_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("url");
        var other = WorkflowApi.NewId("body");
        var errors = await client.PutJsonAsync(Url(id), Workflows.Simple(other)).ValidationErrorsAsync();
        Assert.Contains("$.definitionId", errors.Keys);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync(Url(other)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invalid_definition_is_400_with_every_problem_by_json_path_and_saves_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("invalid");
        var json = $$$"""
        {
          "definitionId": "{{{id}}}", "name": "Invalid",
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "log", "type": "Log", "inputs": {} },
              { "id": "mystery", "type": "NoSuchActivity", "inputs": {} },
              { "id": "log", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "duplicate" } } },
              { "id": "render", "type": "Log", "inputs": { "message": { "type": "Scriban", "value": "Hello {{ input.name + }}" } } }
            ],
            "connections": [
              { "source": { "activity": "render", "port": "Nowhere" }, "target": { "activity": "mystery" } },
              { "source": { "activity": "render", "port": "Done" }, "target": { "activity": "ghost" } }
            ] } }
        """;
        var errors = await client.PutJsonAsync(Url(id), json).ValidationErrorsAsync();

        Assert.Contains("NoSuchActivity", Assert.Single(errors["$.root.activities[1].type"]), StringComparison.Ordinal);
        Assert.Contains("message", Assert.Single(errors["$.root.activities[0].inputs.message"]), StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Single(errors["$.root.activities[2].id"]), StringComparison.Ordinal);
        Assert.Contains("Nowhere", Assert.Single(errors["$.root.connections[0].source.port"]), StringComparison.Ordinal);
        Assert.Contains("ghost", Assert.Single(errors["$.root.connections[1].target.activity"]), StringComparison.Ordinal);
        var scriban = Assert.Single(errors["$.root.activities[3].inputs.message.value"]);
        Assert.Matches(@"line \d+, column \d+", scriban);

        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await client.GetOkAsync("/api/workflow-definitions")).AsArray(), d => d!.Str("definitionId") == id);
    }

    [Fact]
    public async Task An_invalid_draft_over_a_published_version_changes_nothing()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("keep");
        await client.DeployAsync(Workflows.Simple(id, "good"));
        var before = (await client.GetOkAsync($"{Url(id)}/versions")).ToJsonString();

        var broken = Workflows.Simple(id, "bad").Replace("\"Log\"", "\"Logg\"", StringComparison.Ordinal);
        var errors = await client.PutJsonAsync(Url(id), broken).ValidationErrorsAsync();
        Assert.Contains("$.root.activities[0].type", errors.Keys);

        Assert.Equal(before, (await client.GetOkAsync($"{Url(id)}/versions")).ToJsonString());
        Assert.Equal("good", MessageOf(await client.GetOkAsync(Url(id))));
        // The published (and only valid) version publishes again without change: an invalid draft never exists to publish.
        Assert.Equal(1, (await client.PublishAsync(id)).Int("version"));
    }

    [Fact]
    public async Task Triggers_are_validated()
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("triggers");
        var json = Workflows.Simple(id).Replace("\"triggers\": [  ]", """
            "triggers": [ { "type": "Cron", "expression": "every day at noon" }, { "type": "Event" }, { "type": "Webhook" }, { "type": "Cron" } ]
            """, StringComparison.Ordinal);
        Assert.Contains("every day", json, StringComparison.Ordinal);

        var errors = await client.PutJsonAsync(Url(id), json).ValidationErrorsAsync();
        Assert.Contains("$.triggers[0].expression", errors.Keys);
        Assert.Contains("$.triggers[1].eventName", errors.Keys);
        Assert.Contains("$.triggers[2].type", errors.Keys);
        Assert.Contains("$.triggers[3].expression", errors.Keys);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0 0 0 31 2 ?", "never fires")]            // 31 February
    [InlineData("0 0 8 1 1 ? 2000", "never fires")]        // a year that is over
    [InlineData("0 8 * * *", "it has 5 fields")]           // a Unix cron, minutes first
    public async Task A_cron_trigger_that_cannot_be_scheduled_is_refused_with_the_reason(string expression, string reason)
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("cron");

        var errors = await client.PutJsonAsync(Url(id), Workflows.Simple(id, cron: expression)).ValidationErrorsAsync();

        Assert.Contains(reason, Assert.Single(errors["$.triggers[0].expression"]), StringComparison.Ordinal);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Delay", "duration")]
    [InlineData("WaitForEvent", "timeout")]
    public async Task A_duration_too_long_for_a_due_date_is_refused_naming_its_input(string type, string input)
    {
        var client = await Coordinator();
        var id = WorkflowApi.NewId("long");
        var json = $$"""
            { "name": "long", "root": { "type": "Flowchart", "connections": [], "activities": [
              { "id": "a", "type": "{{type}}", "inputs": {
                "eventName": { "type": "Literal", "value": "x" }, "{{input}}": { "type": "Literal", "value": "P99999999D" } } } ] } }
            """;

        var errors = await client.PutJsonAsync(Url(id), json).ValidationErrorsAsync();

        Assert.Contains("longer than 100 years", Assert.Single(errors[$"$.root.activities[0].inputs.{input}.value"]), StringComparison.Ordinal);
        await client.GetAsync(Url(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Publishing_an_unknown_definition_is_404()
    {
        var client = await Coordinator();
        var problem = await client.PostEmptyAsync($"{Url(WorkflowApi.NewId("ghost"))}/publish").ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("ghost", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_an_unknown_definition_is_404()
    {
        var client = await Coordinator();
        await client.GetAsync(Url(WorkflowApi.NewId("ghost"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_shipped_incident_triage_workflow_is_published_as_version_1()
    {
        var client = await Coordinator();
        var row = (await client.GetOkAsync("/api/workflow-definitions")).AsArray().Single(d => d!.Str("definitionId") == "incident-triage");
        Assert.Equal(1, row.Int("latestVersion"));
        Assert.Equal(1, row.Int("publishedVersion"));
        var published = await client.GetOkAsync($"{Url("incident-triage")}?version=published");
        Assert.Equal("Incident triage", published.Str("name"));
        Assert.Equal("incident.triage.requested", published["triggers"]![0]!.Str("eventName"));
    }

    [Fact]
    public async Task Activity_types_describe_every_core_activity()
    {
        var client = await Coordinator();
        var types = (await client.GetOkAsync("/api/activity-types")).AsArray();
        var expected = new Dictionary<string, (string[] Inputs, string[] Outcomes)>
        {
            ["SetVariable"] = (["variable", "value"], ["Done"]),
            ["Decision"] = (["condition"], ["True", "False"]),
            ["Switch"] = (["cases", "mode"], ["Default"]),
            ["Delay"] = (["duration"], ["Done"]),
            ["WaitForEvent"] = (["eventName", "correlationId", "timeout"], ["Received", "TimedOut"]),
            ["Join"] = (["mode"], ["Done"]),
            ["RunWorkflow"] = (["definitionId", "input", "waitForCompletion"], ["Done"]),
            ["Log"] = (["message"], ["Done"]),
            ["Fault"] = (["message"], []),
            ["End"] = ([], []),
        };
        foreach (var (type, (inputs, outcomes)) in expected)
        {
            var descriptor = types.SingleOrDefault(t => t!["type"]?.GetValue<string>() == type)
                ?? throw new Xunit.Sdk.XunitException($"No descriptor for {type}");
            descriptor.HasFields("type", "displayName", "category", "description", "inputs", "outcomes");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Str("displayName")));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Str("category")));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Str("description")));
            var inputNodes = descriptor["inputs"]!.AsArray();
            foreach (var input in inputNodes)
            {
                input.HasFields("name", "type", "required", "description");
                Assert.IsType<bool>(input!["required"]!.GetValue<bool>());
            }
            Assert.Subset(inputNodes.Select(i => i!.Str("name")).ToHashSet(), inputs.ToHashSet());
            var ports = descriptor["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
            Assert.Subset(ports.ToHashSet(), outcomes.ToHashSet());
        }

        bool Required(string type, string input) => types.Single(t => t!.Str("type") == type)!["inputs"]!.AsArray()
            .Single(i => i!.Str("name") == input)!["required"]!.GetValue<bool>();
        Assert.True(Required("Delay", "duration"));
        Assert.True(Required("WaitForEvent", "eventName"));
        Assert.False(Required("WaitForEvent", "correlationId"));
        Assert.False(Required("WaitForEvent", "timeout"));
        Assert.True(Required("Decision", "condition"));
        Assert.Equal(["Received", "TimedOut"], types.Single(t => t!.Str("type") == "WaitForEvent")!["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
    }
}

public sealed class DefinitionsApiTests_Sqlite(SqliteServer server) : DefinitionsApiTests(server), IClassFixture<SqliteServer>;

public sealed class DefinitionsApiTests_Postgres(PostgresServer server) : DefinitionsApiTests(server), IClassFixture<PostgresServer>;
