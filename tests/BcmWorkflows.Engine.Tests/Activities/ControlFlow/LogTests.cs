using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class LogTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Log_writes_its_message_to_the_journal_completed_entry()
    {
        var instance = await _host.RunAsync(new Flow("log").Log("l", "Paged {{ input.who }} at level {{ input.level }}"),
            new JsonObject { ["who"] = "Ann", ["level"] = 2 });

        var completed = Assert.Single(_host.Journal(instance.Id), j => j.Event == JournalEntry.Completed);
        Assert.Equal("l", completed.ActivityId);
        Assert.Equal("Log", completed.ActivityType);
        Assert.Equal("Done", completed.Outcome);
        Assert.Equal("Paged Ann at level 2", completed.Message);
        Assert.Equal(_host.Clock.GetUtcNow(), completed.At);
    }

    [Fact]
    public async Task A_literal_message_is_logged_verbatim()
    {
        var instance = await _host.RunAsync(new Flow("literal").Log("l", "Braces } stay { as typed"));

        Assert.Contains(_host.Journal(instance.Id), j => j.Message == "Braces } stay { as typed");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
