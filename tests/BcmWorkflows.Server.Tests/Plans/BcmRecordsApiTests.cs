using System.Net;
using System.Text.Json;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Plans;

/// <summary><c>/api/processes</c> and <c>/api/risks</c>: the BIA and the risk register, their rules keyed by JSON path.</summary>
public abstract class BcmRecordsApiTests(ServerFixture server)
{
    private static StringContent Body(object value) => Api.Json(JsonSerializer.Serialize(value));

    [Fact]
    public async Task A_process_with_its_BIA_is_created_read_updated_and_audited()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var owner = await client.CreatePersonAsync(new { name = "Olga Owner", email = "olga@example.org" });
        var body = new
        {
            name = "Payments", criticality = "Critical", ownerPersonId = owner, rto = "PT4H", rpo = "PT15M", mtpd = "P1D",
            impactOverTime = new object[]
            {
                new { after = "PT1H", financial = 2, operational = 3, reputational = 1, regulatory = 1, note = "queues build" },
                new { after = "PT4H", financial = 4, operational = 5, reputational = 3, regulatory = 4 },
            },
            dependencies = new[] { "SWIFT gateway", "Data centre HK1" },
        };

        var created = await client.PostAsync("/api/processes", Body(body)).ExpectAsync(HttpStatusCode.Created);
        var id = created.Str("id");
        Assert.Equal("Critical", created.Str("criticality"));
        Assert.Equal(2, created["impactOverTime"]!.AsArray().Count);
        var updated = await client.PutAsync($"/api/processes/{id}", Body(body with { rto = "PT2H" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PT2H", updated.Str("rto"));
        Assert.Equal("PT2H", (await client.GetOkAsync($"/api/processes/{id}")).Str("rto"));
        Assert.Contains((await client.GetOkAsync("/api/processes")).AsArray(), p => p.Str("id") == id);
        Assert.Equal(["created", "updated"], (await client.GetOkAsync($"/api/audit?subject=process:{id}")).AsArray().Select(a => a.Str("action")));
    }

    [Fact]
    public async Task Every_problem_of_a_process_is_reported_by_its_path_and_nothing_is_stored()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var before = (await client.GetOkAsync("/api/processes")).AsArray().Count;

        var errors = await client.PostAsync("/api/processes", Body(new
        {
            name = "", criticality = "Vital", ownerPersonId = "ghost", orgUnitId = "no-such-unit", rto = "PT8H", mtpd = "PT4H", rpo = "4 hours",
            impactOverTime = new object[]
            {
                new { after = "PT4H", financial = 7, operational = 1, reputational = 1, regulatory = 1 },
                new { after = "PT1H", financial = 1, operational = 1, reputational = -1, regulatory = 1 },
            },
        })).ValidationErrorsAsync();

        Assert.Equal(
            new[] { "criticality", "impactOverTime[0].financial", "impactOverTime[1].after", "impactOverTime[1].reputational", "name", "orgUnitId", "ownerPersonId", "rpo", "rto" },
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, (await client.GetOkAsync("/api/processes")).AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/processes/nope")).StatusCode);
    }

    [Fact]
    public async Task A_risk_gets_its_rating_and_level_from_the_server()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var process = (await client.PostAsync("/api/processes", Body(new { name = "Dealing" })).ExpectAsync(HttpStatusCode.Created)).Str("id");

        var risk = await client.PostAsync("/api/risks", Body(new
        {
            threat = "Typhoon signal 8", category = "Natural", likelihood = 4, impact = 4, treatment = "Mitigate",
            treatmentDescription = "Work from the alternate site", processIds = new[] { process }, rating = 1, level = "Low",
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(16, risk.Int("rating"));
        Assert.Equal("Critical", risk.Str("level"));
        var lowered = await client.PutAsync($"/api/risks/{risk.Str("id")}", Body(new
        {
            threat = "Typhoon signal 8", category = "Natural", likelihood = 1, impact = 3, treatment = "Accept", processIds = new[] { process },
        })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((3, "Low"), (lowered.Int("rating"), lowered.Str("level")));

        var errors = await client.PostAsync("/api/risks", Body(new
        {
            threat = "Fire", category = "Arson", likelihood = 0, impact = 6, treatment = "Pray", processIds = new[] { process, "ghost" },
        })).ValidationErrorsAsync();
        Assert.Equal(new[] { "category", "impact", "likelihood", "processIds[1]", "treatment" }, errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Staff_read_the_register_but_cannot_write_it()
    {
        var staff = await server.ClientAsync(Roles.Staff);
        await staff.GetOkAsync("/api/risks");
        await staff.GetOkAsync("/api/processes");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/processes", Body(new { name = "X" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/risks", Body(new { threat = "X" }))).StatusCode);
    }
}

public sealed class BcmRecordsApiTests_Sqlite(SqliteServer server) : BcmRecordsApiTests(server), IClassFixture<SqliteServer>;

public sealed class BcmRecordsApiTests_Postgres(PostgresServer server) : BcmRecordsApiTests(server), IClassFixture<PostgresServer>;
