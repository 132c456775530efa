using System.Net;
using System.Text;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.People;

/// <summary>New people start the workflows that listen for them: <c>person.created</c> per person, <c>people.imported</c> per import.</summary>
public abstract class PeopleEventsTests(ServerFixture server)
{
    [Fact]
    public async Task Creating_a_person_starts_workflows_triggered_by_person_created_with_the_person_id()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("welcome");
        await client.DeployAsync(Workflows.Simple(id, eventTrigger: "person.created"));

        var personId = await client.CreatePersonAsync(new { name = "New Starter", email = "new.starter@example.org" });

        var instances = (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray();
        var instance = await client.InstanceAsync(Assert.Single(instances).Str("instanceId"));
        Assert.Equal(personId, instance["input"]!.Str("personId"));
    }

    [Fact]
    public async Task An_import_starts_one_workflow_with_the_people_it_created_and_none_when_it_only_updated()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("imported");
        await client.DeployAsync(Workflows.Simple(id, eventTrigger: "people.imported"));
        var u = Guid.NewGuid().ToString("N")[..8];
        var csv = $"name,email\nAda {u},ada.{u}@example.org\nBo {u},bo.{u}@example.org\n";

        var result = await client.PostAsync("/api/people/import", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);
        await client.PostAsync("/api/people/import", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);

        var instances = (await client.GetOkAsync($"/api/workflow-instances?definitionId={id}")).AsArray();
        var instance = await client.InstanceAsync(Assert.Single(instances).Str("instanceId"));
        Assert.Equal(result["people"]!.AsArray().Select(p => p!.GetValue<string>()), instance["input"]!["personIds"]!.AsArray().Select(p => p!.GetValue<string>()));
    }
}

public sealed class PeopleEventsTests_Sqlite(SqliteServer server) : PeopleEventsTests(server), IClassFixture<SqliteServer>;

public sealed class PeopleEventsTests_Postgres(PostgresServer server) : PeopleEventsTests(server), IClassFixture<PostgresServer>;
