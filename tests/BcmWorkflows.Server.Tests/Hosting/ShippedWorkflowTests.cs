using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Scheduling;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BcmWorkflows.Server.Tests.Hosting;

/// <summary>The start-up import of <c>workflows/*.json</c> across restarts, and Cron triggers run by Quartz.</summary>
public abstract class ShippedWorkflowTests(string provider) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bcm-workflows-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private const string Triage = "incident-triage";

    private string TriageFile => Path.Combine(_folder, "incident-triage.json");

    private static async Task<JsonNode> RowAsync(HttpClient client, string id) =>
        (await client.GetOkAsync("/api/workflow-definitions")).AsArray().Single(d => d!.Str("definitionId") == id)!;

    [Fact]
    public async Task Shipped_files_are_imported_once_and_a_changed_file_becomes_a_new_published_version()
    {
        File.Copy(Path.Combine(RepoPaths.Workflows, "incident-triage.json"), TriageFile);
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.json"), Workflows.Simple("broken-shipped").Replace("\"Log\"", "\"Nope\"", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(_folder, "garbage.json"), "{ not json");
        await using var database = await OwnDatabase.CreateAsync(provider);
        var options = new ServerOptions { WorkflowsPath = _folder };

        var (first, client) = await database.StartAsync(options);
        await using (first)
        {
            var row = await RowAsync(client, Triage);
            Assert.Equal((1, 1), (row.Int("latestVersion"), row.Int("publishedVersion")));
            Assert.Equal("system", (await client.GetOkAsync($"{WorkflowApi.DefinitionUrl(Triage)}/versions"))[0].Str("createdBy"));
            await client.GetAsync(WorkflowApi.DefinitionUrl("broken-shipped")).ProblemAsync(HttpStatusCode.NotFound);
        }

        var (second, again) = await database.StartAsync(options);
        await using (second)
        {
            var row = await RowAsync(again, Triage);
            Assert.Equal((1, 1), (row.Int("latestVersion"), row.Int("publishedVersion")));
            Assert.Single((await again.GetOkAsync($"{WorkflowApi.DefinitionUrl(Triage)}/versions")).AsArray());
        }

        var changed = JsonNode.Parse(await File.ReadAllTextAsync(TriageFile))!;
        changed["name"] = "Incident triage (revised)";
        await File.WriteAllTextAsync(TriageFile, changed.ToJsonString());
        var (third, revised) = await database.StartAsync(options);
        await using (third)
        {
            var row = await RowAsync(revised, Triage);
            Assert.Equal((2, 2), (row.Int("latestVersion"), row.Int("publishedVersion")));
            Assert.Equal("Incident triage (revised)", (await revised.GetOkAsync($"{WorkflowApi.DefinitionUrl(Triage)}?version=published")).Str("name"));
            Assert.Equal("Incident triage", (await revised.GetOkAsync($"{WorkflowApi.DefinitionUrl(Triage)}?version=1")).Str("name"));
        }
    }

    [Fact]
    public async Task A_restart_with_an_unchanged_file_leaves_a_coordinators_draft_alone()
    {
        File.Copy(Path.Combine(RepoPaths.Workflows, "incident-triage.json"), TriageFile);
        await using var database = await OwnDatabase.CreateAsync(provider);
        var options = new ServerOptions { WorkflowsPath = _folder };

        var (first, client) = await database.StartAsync(options);
        await using (first)
        {
            var draft = (await client.GetOkAsync($"{WorkflowApi.DefinitionUrl(Triage)}?version=1")).AsObject();
            draft["name"] = "Incident triage (being edited)";
            Assert.Equal(2, (await client.SaveAsync(draft.ToJsonString())).Int("version"));
        }

        var (second, again) = await database.StartAsync(options);
        await using (second)
        {
            var row = await RowAsync(again, Triage);
            Assert.Equal((2, 1), (row.Int("latestVersion"), row.Int("publishedVersion")));
            Assert.Equal("Incident triage (being edited)", (await again.GetOkAsync(WorkflowApi.DefinitionUrl(Triage))).Str("name"));
        }
    }

    [Fact]
    public async Task A_cron_trigger_starts_instances_until_the_definition_is_retracted()
    {
        await using var database = await OwnDatabase.CreateAsync(provider);
        var (host, client) = await database.StartAsync(new ServerOptions { WorkflowsPath = _folder });
        await using var _ = host;
        var id = WorkflowApi.NewId("cron");
        await client.DeployAsync(Workflows.Simple(id, "tick", cron: "0/1 * * * * ?"));

        async Task<int> CountAsync() => (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray().Count;
        await WorkflowApi.EventuallyAsync(async () => await CountAsync() >= 2 ? "" : null, TimeSpan.FromSeconds(20), "two cron-started instances");
        var instance = (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}"))[0];
        Assert.Equal("Finished", instance.Str("status"));
        Assert.Equal(1, instance.Int("definitionVersion"));

        await client.PostEmptyAsync($"{WorkflowApi.DefinitionUrl(id)}/retract").ExpectAsync(HttpStatusCode.OK);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Empty(await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(SchedulingKeys.CronGroupOf(id))));

        // A start already under way when the retract committed may still land; after that, none.
        var settled = await CountAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            Assert.InRange(await CountAsync(), settled, settled + 1);
            await Task.Delay(250);
        }
        var after = await CountAsync();
        watch.Restart();
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            Assert.Equal(after, await CountAsync());
            await Task.Delay(250);
        }
    }
}

public sealed class ShippedWorkflowTests_Sqlite() : ShippedWorkflowTests(TestDatabase.Sqlite);

public sealed class ShippedWorkflowTests_Postgres() : ShippedWorkflowTests(TestDatabase.Postgres);
