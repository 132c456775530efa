using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Activities.Composition;

public sealed class RunWorkflowTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private static Flow Parent(string id, bool wait, string child = "child") => new Flow(id)
        .Activity("run", "RunWorkflow",
            ("definitionId", In.Lit(child)),
            ("input", In.Expr("{ site: input.site, level: 2 }")),
            ("waitForCompletion", In.Lit(wait)))
        .Log("after", wait ? "child said {{ outputs.run.output.answer }}" : "started {{ outputs.run.instanceId }}")
        .Chain("run", "after");

    /// <summary>Waits for <c>reply</c> (correlated to its own correlation id), then sets <c>answer</c>.</summary>
    private void PublishChild() => _host.Publish(new Flow("child").Variable("answer", null)
        .Wait("reply", "child.reply")
        .Set("answer", "answer", In.Expr("input.site + '/' + input.level + '/' + outputs.reply.payload.text"))
        .Connect("reply", "Received", "answer"));

    private WorkflowInstance ChildOf(WorkflowInstance parent) =>
        _host.Instance(parent.State.Outputs["run"]["instanceId"]!.GetValue<string>());

    [Fact]
    public async Task Without_waiting_the_parent_continues_and_the_child_runs_on_its_own()
    {
        _host.Publish(new Flow("child").Log("hello", "child got {{ input.site }}/{{ input.level }} as {{ instance.correlationId }}"));

        var parent = await _host.RunAsync(Parent("fire-and-forget", wait: false), new JsonObject { ["site"] = "HQ" }, correlationId: "INC-1");

        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal(["run", "after"], _host.Completed(parent.Id));
        var child = ChildOf(parent);
        Assert.Contains(_host.Journal(parent.Id), j => j.Message == $"started {child.Id}");
        Assert.Equal(WorkflowStatus.Finished, child.Status);
        Assert.Equal(parent.Id, child.ParentInstanceId);
        Assert.Equal(("child", 1), (child.DefinitionId, child.DefinitionVersion));
        Assert.Contains(_host.Journal(child.Id), j => j.Message == "child got HQ/2 as INC-1");
    }

    [Fact]
    public async Task Waiting_the_parent_resumes_with_the_child_output_when_the_child_finishes()
    {
        PublishChild();

        var parent = await _host.RunAsync(Parent("waiting", wait: true), new JsonObject { ["site"] = "HQ" });

        Assert.Equal(WorkflowStatus.Suspended, parent.Status);
        var child = ChildOf(parent);
        Assert.Equal(WorkflowStatus.Suspended, child.Status);
        var bookmark = Assert.Single(parent.State.Bookmarks);
        Assert.Equal((Bookmark.ChildWorkflowType, child.Id), (bookmark.Type, bookmark.Name));

        var result = await _host.RaiseAsync("child.reply", new JsonObject { ["text"] = "ok" });

        Assert.Equal([child.Id], result.Resumed);
        parent = _host.Instance(parent.Id);
        Assert.Equal(WorkflowStatus.Finished, _host.Instance(child.Id).Status);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal("HQ/2/ok", parent.State.Outputs["run"]["output"]!["answer"]!.GetValue<string>());
        Assert.Contains(_host.Journal(parent.Id), j => j.Message == "child said HQ/2/ok");
    }

    [Fact]
    public async Task Waiting_for_a_child_that_finishes_at_once_completes_in_the_same_call()
    {
        _host.Publish(new Flow("child").Variable("answer", null).Set("s", "answer", In.Expr("'quick ' + input.site")));

        var parent = await _host.RunAsync(Parent("instant", wait: true), new JsonObject { ["site"] = "HQ" });

        parent = _host.Instance(parent.Id);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Contains(_host.Journal(parent.Id), j => j.Message == "child said quick HQ");
    }

    [Fact]
    public async Task A_child_with_no_activities_finishes_and_resumes_its_parent()
    {
        _host.Publish(new Flow("child").Variable("answer", "nothing to do"));

        var parent = await _host.RunAsync(Parent("empty-child", wait: true), new JsonObject { ["site"] = "HQ" });

        parent = _host.Instance(parent.Id);
        Assert.Equal(WorkflowStatus.Finished, ChildOf(parent).Status);
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Contains(_host.Journal(parent.Id), j => j.Message == "child said nothing to do");
    }

    [Fact]
    public async Task A_child_that_faults_faults_the_waiting_parent()
    {
        _host.Publish(new Flow("child").Fault("f", "child broke"));

        var parent = await _host.RunAsync(Parent("fragile", wait: true), new JsonObject { ["site"] = "HQ" });

        parent = _host.Instance(parent.Id);
        Assert.Equal(WorkflowStatus.Faulted, ChildOf(parent).Status);
        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        var incident = Assert.Single(parent.State.Incidents);
        Assert.Equal("run", incident.ActivityId);
        Assert.Contains("Faulted", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_a_definition_with_nothing_published_faults_with_a_clear_incident()
    {
        _host.Store.Add(new Flow("child").Log("l", "draft only").Build(), publish: false);

        var parent = await _host.RunAsync(Parent("unpublished", wait: true), new JsonObject { ["site"] = "HQ" });

        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        var incident = Assert.Single(parent.State.Incidents);
        Assert.Equal("run", incident.ActivityId);
        Assert.Contains("'child'", incident.Message, StringComparison.Ordinal);
        Assert.Contains("no published version", incident.Message, StringComparison.Ordinal);
        Assert.Equal(1, _host.Store.Count);
    }

    [Fact]
    public async Task Running_an_unknown_definition_faults_with_a_clear_incident()
    {
        var parent = await _host.RunAsync(Parent("unknown", wait: false, child: "ghost"), new JsonObject { ["site"] = "HQ" });

        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        Assert.Contains("'ghost'", Assert.Single(parent.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_runs_the_version_published_when_it_started()
    {
        PublishChild();
        var parent = await _host.RunAsync(Parent("pinned", wait: true), new JsonObject { ["site"] = "HQ" });
        _host.Publish(new Flow("child").Variable("answer", "v2"), version: 2);

        await _host.RaiseAsync("child.reply", new JsonObject { ["text"] = "v1 still" });

        Assert.Equal(1, ChildOf(_host.Instance(parent.Id)).DefinitionVersion);
        Assert.Equal("HQ/2/v1 still", _host.Instance(parent.Id).State.Outputs["run"]["output"]!["answer"]!.GetValue<string>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
