using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Server.Tests.Hosting;

/// <summary><c>Bcm:Demo=true</c> seeds a small organisation to try the product with; seeding again changes nothing.</summary>
public abstract class DemoSeedingTests(ServerFixture server)
{
    [Fact]
    public async Task The_demo_organisation_people_and_role_holders_are_there()
    {
        var client = await server.ClientAsync(Roles.Staff);
        var people = (await client.GetOkAsync("/api/people?pageSize=100")).AsArray();
        Assert.Contains(people, p => p.Str("id") == "demo-p-zhang" && p.Str("language") == "zh-CN" && p.Str("phone") == "+8613800138001");
        Assert.Equal("demo-p-lee", (await client.GetOkAsync("/api/org-units/demo-it")).Str("managerPersonId"));
        var crisis = await client.GetOkAsync("/api/bcm-roles/crisis-manager");
        Assert.Equal(["demo-p-chan", "demo-p-wong"], crisis["holders"]!.AsArray().Select(h => h.Str("personId")));
    }

    [Fact]
    public async Task A_published_plan_a_draft_Chinese_plan_a_three_wave_call_tree_and_a_course_are_there()
    {
        var client = await server.ClientAsync(Roles.Staff);
        var plans = (await client.GetOkAsync("/api/plans")).AsArray();
        var payments = Assert.Single(plans, p => p.Str("title") == "Payments operations BC plan");
        Assert.Equal(1, payments!.Int("publishedRevision"));
        Assert.Empty((await client.GetOkAsync($"/api/plans/{payments.Str("id")}/revisions/1"))["warnings"]!.AsArray());
        Assert.Contains(plans, p => p.Str("language") == "zh-CN" && p!["publishedRevision"] is null);
        var tree = await client.GetOkAsync("/api/call-trees/demo-calltree-hq");
        Assert.Equal(3, tree["waves"]!.AsArray().Count);
        Assert.Equal(2, (await client.GetOkAsync("/api/processes")).AsArray().Count);
        Assert.Contains((await client.GetOkAsync("/api/training/courses")).AsArray(), c => c.Str("title") == "Payments BC plan briefing");
    }

    [Fact]
    public async Task Seeding_again_on_a_restart_creates_nothing_twice()
    {
        await server.Factory.Services.SeedDemoAgainAsync();
        var client = await server.ClientAsync(Roles.Staff);
        var crisis = await client.GetOkAsync("/api/bcm-roles/crisis-manager");
        Assert.Equal(2, crisis["holders"]!.AsArray().Count);
        var people = (await client.GetOkAsync("/api/people?pageSize=100")).AsArray();
        Assert.Single(people, p => p.Str("id") == "demo-p-chan");
        Assert.Single((await client.GetOkAsync("/api/plans")).AsArray(), p => p.Str("title") == "Payments operations BC plan");
    }
}

public abstract class DemoServer(string provider) : ServerFixture(provider, settings: new Dictionary<string, string?> { ["Bcm:Demo"] = "true" });

public sealed class SqliteDemoServer() : DemoServer(TestDatabase.Sqlite);

public sealed class PostgresDemoServer() : DemoServer(TestDatabase.Postgres);

public sealed class DemoSeedingTests_Sqlite(SqliteDemoServer server) : DemoSeedingTests(server), IClassFixture<SqliteDemoServer>;

public sealed class DemoSeedingTests_Postgres(PostgresDemoServer server) : DemoSeedingTests(server), IClassFixture<PostgresDemoServer>;
