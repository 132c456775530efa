using System.Net;
using System.Text.Json;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.CallTrees;

/// <summary>Saving, validating, estimating and activating call trees through the HTTP API.</summary>
public abstract class CallTreesApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Body(object value) => JsonSerializer.Serialize(value);

    [Fact]
    public async Task Every_problem_of_a_call_tree_is_reported_at_once_by_path_and_nothing_is_saved()
    {
        var client = await Coordinator();
        var person = await client.CreatePersonAsync(new { name = "Only One", phone = "+4915112340001", channels = new[] { "Sms" } });
        var errors = await client.PostJsonAsync("/api/call-trees", Body(new
        {
            name = "Broken",
            waves = new object[]
            {
                new { name = "Empty", members = Array.Empty<string>(), quorum = "All", wait = "PT5M" },
                new { name = "Unknown", members = new[] { "person:nobody", "role:no-such-role" }, quorum = "Any", wait = "soon" },
                new { name = "Too few", members = new[] { person }, quorum = 3, wait = "PT10M", channels = new[] { "Pigeon" } },
                new { name = "Odd quorum", members = new[] { person }, quorum = "Most", wait = "PT0S" },
            },
        })).ValidationErrorsAsync();

        Assert.Equal(
            ["waves[0].members", "waves[1].members[0]", "waves[1].members[1]", "waves[1].wait", "waves[2].channels[0]", "waves[2].quorum", "waves[3].quorum", "waves[3].wait"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("larger than the wave", errors["waves[2].quorum"][0], StringComparison.Ordinal);
        Assert.Contains("waves", (await client.PostJsonAsync("/api/call-trees", Body(new { name = "No waves", waves = Array.Empty<object>() })).ValidationErrorsAsync()).Keys);
        Assert.DoesNotContain((await client.GetOkAsync("/api/call-trees")).AsArray(), t => t.Str("name") is "Broken" or "No waves");
    }

    [Fact]
    public async Task A_saved_call_tree_reads_back_with_its_defaults_and_estimates_its_sms()
    {
        var client = await Coordinator();
        var a = await client.CreatePersonAsync(new { name = "Wave One A", phone = "+4915112340002", email = "a@example.org", channels = new[] { "Sms", "Email" } });
        var b = await client.CreatePersonAsync(new { name = "Wave One B", email = "b@example.org", channels = new[] { "Email" } });
        var id = WorkflowApi.NewId("ct");
        await client.PutJsonAsync($"/api/call-trees/{id}", Body(new
        {
            name = "IT recovery",
            waves = new object[] { new { name = "Leads", members = new[] { $"person:{a}", b }, quorum = 2, wait = "PT15M" } },
        })).ExpectAsync(HttpStatusCode.Created);

        var tree = await client.GetOkAsync($"/api/call-trees/{id}");
        Assert.Equal(("calltree-message", true), (tree.Str("template"), tree["escalateNonResponders"]!.GetValue<bool>()));
        Assert.Equal(2, tree["waves"]![0]!.Int("quorum"));
        Assert.Equal("PT15M", tree["waves"]![0]!.Str("wait"));

        var estimate = await client.GetOkAsync($"/api/call-trees/{id}/estimate?message=Go%20to%20the%20recovery%20site");
        var wave = estimate["waves"]![0]!;
        Assert.Equal((2, 1, 1), (wave.Int("people"), wave.Int("sms"), wave.Int("email")));
        Assert.Equal(1, wave.Int("smsSegments"));
        await client.PutJsonAsync($"/api/call-trees/{id}", Body(new { name = "IT recovery 2", waves = new object[] { new { members = new[] { a }, wait = "PT1M" } } }))
            .ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Activating_for_an_unknown_incident_is_a_400_on_incidentId_and_an_unknown_tree_a_404()
    {
        var client = await Coordinator();
        var a = await client.CreatePersonAsync(new { name = "Solo", phone = "+4915112340003", channels = new[] { "Sms" } });
        var created = await client.PostJsonAsync("/api/call-trees", Body(new { name = "Solo tree", waves = new object[] { new { members = new[] { a }, wait = "PT5M" } } }))
            .ExpectAsync(HttpStatusCode.Created);

        var errors = await client.PostJsonAsync($"/api/call-trees/{created.Str("id")}/activate", Body(new { incidentId = "nope" })).ValidationErrorsAsync();
        Assert.Equal(["incidentId"], errors.Keys);
        await client.PostJsonAsync("/api/call-trees/no-such-tree/activate", Body(new { })).ProblemAsync(HttpStatusCode.NotFound);
        var staff = await server.ClientAsync(Roles.Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync($"/api/call-trees/{created.Str("id")}/activate", "{}")).StatusCode);
    }

    [Fact]
    public async Task The_activations_of_a_tree_are_listed_newest_first_so_the_live_report_can_be_found_again()
    {
        var client = await Coordinator();
        var a = await client.CreatePersonAsync(new { name = "Listed", phone = "+4915112340004", channels = new[] { "Sms" } });
        var created = await client.PostJsonAsync("/api/call-trees", Body(new { name = "Listed tree", waves = new object[] { new { members = new[] { a }, wait = "PT5M" } } }))
            .ExpectAsync(HttpStatusCode.Created);
        var id = created.Str("id");
        var first = (await client.PostJsonAsync($"/api/call-trees/{id}/activate", Body(new { message = "first" })).ExpectAsync(HttpStatusCode.Accepted)).Str("activationId");
        await Task.Delay(20);
        var second = (await client.PostJsonAsync($"/api/call-trees/{id}/activate", Body(new { message = "second" })).ExpectAsync(HttpStatusCode.Accepted)).Str("activationId");

        var list = (await client.GetOkAsync($"/api/call-trees/{id}/activations")).AsArray();

        Assert.Equal([second, first], list.Select(x => x.Str("activationId")));
        Assert.Equal(("second", id), (list[0].Str("message"), list[0].Str("callTreeId")));
        list[0]!.HasFields("activationId", "callTreeId", "incidentId", "instanceId", "status", "activatedBy", "at", "finishedAt", "confirmationRate");
        Assert.Equal([second], (await client.GetOkAsync($"/api/call-trees/{id}/activations?limit=1")).AsArray().Select(x => x.Str("activationId")));
        Assert.Equal(["limit"], (await client.GetAsync($"/api/call-trees/{id}/activations?limit=0").ValidationErrorsAsync()).Keys);
        await client.GetAsync("/api/call-trees/no-such-tree/activations").ProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class CallTreesApiTests_Sqlite(SqliteServer server) : CallTreesApiTests(server), IClassFixture<SqliteServer>;

public sealed class CallTreesApiTests_Postgres(PostgresServer server) : CallTreesApiTests(server), IClassFixture<PostgresServer>;
