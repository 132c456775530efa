namespace BcmWorkflows.Server.Tests.Support;

/// <summary>Definition JSON the tests deploy; each test passes its own id and event names.</summary>
public static class Workflows
{
    private static string Literal(string value) => $$"""{ "type": "Literal", "value": "{{value}}" }""";

    private static string Set(string id, string variable, string valueJson) =>
        $$"""{ "id": "{{id}}", "type": "SetVariable", "inputs": { "variable": {{Literal(variable)}}, "value": {{valueJson}} } }""";

    private static string Connect(string from, string port, string to) =>
        $$"""{ "source": { "activity": "{{from}}", "port": "{{port}}" }, "target": { "activity": "{{to}}" } }""";

    private static string Definition(string id, string activities, string connections, string variables = "", string inputs = "", string triggers = "",
        string name = "Test workflow", string description = "") => $$"""
        {
          "definitionId": "{{id}}", "name": "{{name}}", "description": "{{description}}",
          "inputs": [ {{inputs}} ],
          "variables": [ {{variables}} ],
          "triggers": [ {{triggers}} ],
          "root": { "type": "Flowchart", "activities": [ {{activities}} ], "connections": [ {{connections}} ] }
        }
        """;

    /// <summary>One Log activity; finishes at once. Optionally an Event or Cron trigger.</summary>
    public static string Simple(string id, string message = "hello", string? eventTrigger = null, string? cron = null, string name = "Test workflow")
    {
        var triggers = new List<string>();
        if (eventTrigger is not null) triggers.Add($$"""{ "type": "Event", "eventName": "{{eventTrigger}}" }""");
        if (cron is not null) triggers.Add($$"""{ "type": "Cron", "expression": "{{cron}}" }""");
        return Definition(id,
            $$"""{ "id": "log", "type": "Log", "inputs": { "message": {{Literal(message)}} } }""",
            "", triggers: string.Join(", ", triggers), name: name);
    }

    /// <summary>
    /// marker → wait for <paramref name="eventName"/> (with the instance's correlation id when <paramref name="correlate"/>) →
    /// variable <c>after</c> = <paramref name="marker"/>, variable <c>received</c> = the event's payload.
    /// </summary>
    public static string WaitForEvent(string id, string eventName, bool correlate = false, string marker = "v1", string? eventTrigger = null)
    {
        var correlation = correlate ? """, "correlationId": { "type": "Scriban", "value": "instance.correlationId" }""" : "";
        return Definition(id,
            $$"""
            {{Set("before", "before", Literal(marker))}},
            { "id": "wait", "type": "WaitForEvent", "inputs": { "eventName": {{Literal(eventName)}}{{correlation}} } },
            {{Set("after", "after", Literal(marker))}},
            {{Set("keep", "received", """{ "type": "Scriban", "value": "outputs.wait.payload" }""")}}
            """,
            $"{Connect("before", "Done", "wait")}, {Connect("wait", "Received", "after")}, {Connect("after", "Done", "keep")}",
            variables: """{ "name": "before", "type": "String" }, { "name": "after", "type": "String" }, { "name": "received", "type": "Any" }""",
            triggers: eventTrigger is null ? "" : $$"""{ "type": "Event", "eventName": "{{eventTrigger}}" }""");
    }

    /// <summary>Delay <paramref name="duration"/> → variable <c>done</c> = true.</summary>
    public static string Delay(string id, string duration) => Definition(id,
        $$"""
        { "id": "delay", "type": "Delay", "inputs": { "duration": {{Literal(duration)}} } },
        {{Set("done", "done", """{ "type": "Literal", "value": true }""")}}
        """,
        Connect("delay", "Done", "done"),
        variables: """{ "name": "done", "type": "Boolean", "value": false }""");

    /// <summary>Wait for <paramref name="eventName"/> at most <paramref name="timeout"/>; variable <c>path</c> says which port was taken.</summary>
    public static string WaitWithTimeout(string id, string eventName, string timeout) => Definition(id,
        $$"""
        { "id": "wait", "type": "WaitForEvent", "inputs": { "eventName": {{Literal(eventName)}}, "timeout": {{Literal(timeout)}} } },
        {{Set("received", "path", Literal("Received"))}},
        {{Set("timedOut", "path", Literal("TimedOut"))}}
        """,
        $"{Connect("wait", "Received", "received")}, {Connect("wait", "TimedOut", "timedOut")}",
        variables: """{ "name": "path", "type": "String", "value": "waiting" }""");

    /// <summary>Log → Fault with a message naming <c>input.what</c>.</summary>
    public static string Fault(string id) => Definition(id,
        """
        { "id": "log", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "about to fail" } } },
        { "id": "boom", "type": "Fault", "inputs": { "message": { "type": "Scriban", "value": "Boom: {{ input.what }}" } } }
        """,
        Connect("log", "Done", "boom"));

    /// <summary>start → wait for <paramref name="eventName"/> → count = count + 1 → back to the wait, for ever.</summary>
    public static string CountingLoop(string id, string eventName) => Definition(id,
        $$"""
        { "id": "start", "type": "Log", "inputs": { "message": {{Literal("counting")}} } },
        { "id": "wait", "type": "WaitForEvent", "inputs": { "eventName": {{Literal(eventName)}} } },
        {{Set("inc", "count", """{ "type": "Scriban", "value": "variables.count + 1" }""")}}
        """,
        $"{Connect("start", "Done", "wait")}, {Connect("wait", "Received", "inc")}, {Connect("inc", "Done", "wait")}",
        variables: """{ "name": "count", "type": "Number", "value": 0 }""");

    /// <summary>A required String input <c>incidentId</c>, copied into the variable <c>incident</c>.</summary>
    public static string RequiredInput(string id) => Definition(id,
        Set("copy", "incident", """{ "type": "Scriban", "value": "input.incidentId" }"""),
        "",
        variables: """{ "name": "incident", "type": "String" }""",
        inputs: """{ "name": "incidentId", "type": "String", "required": true }""");
}
