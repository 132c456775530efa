using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;

namespace BcmWorkflows.Engine.Tests.Support;

/// <summary>Builds definitions in code: activities in order (so validation paths are predictable) and connections.</summary>
public sealed class Flow
{
    private readonly WorkflowDefinition _definition;

    public Flow(string definitionId) => _definition = new WorkflowDefinition { DefinitionId = definitionId, Name = definitionId };

    public Flow Variable(string name, JsonNode? value, string type = "Any")
    {
        _definition.Variables.Add(new VariableDefinition { Name = name, Type = type, Value = value });
        return this;
    }

    public Flow Input(string name, string type = "Any", bool required = false)
    {
        _definition.Inputs.Add(new WorkflowInputDefinition { Name = name, Type = type, Required = required });
        return this;
    }

    public Flow OnEvent(string eventName)
    {
        _definition.Triggers.Add(new TriggerDefinition { Type = TriggerDefinition.EventType, EventName = eventName });
        return this;
    }

    public Flow Activity(string id, string type, params (string Name, InputValue Value)[] inputs)
    {
        var model = new ActivityModel { Id = id, Type = type };
        foreach (var (name, value) in inputs) model.Inputs[name] = value;
        _definition.Root.Activities.Add(model);
        return this;
    }

    /// <summary>Connects <paramref name="from"/>'s <paramref name="port"/> to <paramref name="to"/>.</summary>
    public Flow Connect(string from, string port, string to)
    {
        _definition.Root.Connections.Add(new ConnectionModel
        {
            Source = new ConnectionModel.Endpoint { Activity = from, Port = port },
            Target = new ConnectionModel.Endpoint { Activity = to },
        });
        return this;
    }

    /// <summary>Connects the <c>Done</c> port of each activity to the next one.</summary>
    public Flow Chain(params string[] ids)
    {
        for (var i = 0; i + 1 < ids.Length; i++) Connect(ids[i], "Done", ids[i + 1]);
        return this;
    }

    public Flow Log(string id, string message) => Activity(id, "Log", ("message", In.Text(message)));

    public Flow Set(string id, string variable, InputValue value) =>
        Activity(id, "SetVariable", ("variable", In.Lit(variable)), ("value", value));

    public Flow Delay(string id, string duration) => Activity(id, "Delay", ("duration", In.Lit(duration)));

    public Flow Decision(string id, string condition) => Activity(id, "Decision", ("condition", In.Expr(condition)));

    public Flow Join(string id, string mode = "WaitAll") => Activity(id, "Join", ("mode", In.Lit(mode)));

    public Flow End(string id) => Activity(id, "End");

    public Flow Fault(string id, string message) => Activity(id, "Fault", ("message", In.Text(message)));

    public Flow Wait(string id, string eventName, string? correlationId = null, string? timeout = null)
    {
        var inputs = new List<(string, InputValue)> { ("eventName", In.Lit(eventName)) };
        if (correlationId is not null) inputs.Add(("correlationId", In.Lit(correlationId)));
        if (timeout is not null) inputs.Add(("timeout", In.Lit(timeout)));
        return Activity(id, "WaitForEvent", [.. inputs]);
    }

    public WorkflowDefinition Build() => _definition;
}
