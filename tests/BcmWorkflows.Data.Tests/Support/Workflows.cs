namespace BcmWorkflows.Data.Tests.Support;

/// <summary>Definition JSON used by several tests; <c>{id}</c> is replaced so each test owns its definitions.</summary>
public static class Workflows
{
    public static string Simple(string id, string name = "Simple", string logMessage = "hello", string? eventTrigger = null, string? cron = null)
    {
        var triggers = new List<string>();
        if (eventTrigger is not null) triggers.Add($$"""{ "type": "Event", "eventName": "{{eventTrigger}}" }""");
        if (cron is not null) triggers.Add($$"""{ "type": "Cron", "expression": "{{cron}}" }""");
        return $$"""
        {
          "definitionId": "{{id}}", "name": "{{name}}",
          "triggers": [ {{string.Join(", ", triggers)}} ],
          "root": { "type": "Flowchart",
            "activities": [ { "id": "log", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "{{logMessage}}" } } } ],
            "connections": [] } }
        """;
    }

    /// <summary>SetVariable → Delay 15 min → WaitForEvent "go-{id}" → Log.</summary>
    public static string DelayThenEvent(string id) => $$$"""
        {
          "definitionId": "{{{id}}}", "name": "Delay then event",
          "variables": [ { "name": "count", "type": "Number", "value": 1 } ],
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "set", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "count" }, "value": { "type": "Scriban", "value": "variables.count + 1" } } },
              { "id": "wait", "type": "Delay", "inputs": { "duration": { "type": "Literal", "value": "PT15M" } } },
              { "id": "ev", "type": "WaitForEvent", "inputs": { "eventName": { "type": "Literal", "value": "go-{{{id}}}" } } },
              { "id": "log", "type": "Log", "inputs": { "message": { "type": "Scriban", "value": "count={{ variables.count }} p={{ outputs.ev.payload.x }}" } } }
            ],
            "connections": [
              { "source": { "activity": "set", "port": "Done" }, "target": { "activity": "wait" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "ev" } },
              { "source": { "activity": "ev", "port": "Received" }, "target": { "activity": "log" } }
            ] } }
        """;

    /// <summary>Waits for one event only: "ev-{id}".</summary>
    public static string WaitForEvent(string id, string? correlation = null)
    {
        var correlationInput = correlation is null ? "" : $$""", "correlationId": { "type": "Literal", "value": "{{correlation}}" }""";
        return $$"""
        {
          "definitionId": "{{id}}", "name": "Wait",
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "ev", "type": "WaitForEvent", "inputs": { "eventName": { "type": "Literal", "value": "ev-{{id}}" }{{correlationInput}} } },
              { "id": "log", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "got it" } } }
            ],
            "connections": [ { "source": { "activity": "ev", "port": "Received" }, "target": { "activity": "log" } } ] } }
        """;
    }
}
