namespace BcmWorkflows.Server.Tests.Scenarios;

/// <summary>Definitions for the notification scenarios.</summary>
internal static class NotificationFlows
{
    public const string Text = "Incident {{ title }}. {{ if ack.code }}Reply {{ ack.code }} to confirm.{{ else }}Confirm: {{ ack.url }}{{ end }}";

    /// <summary>
    /// Notify <c>input.people</c> (asking for acknowledgement) → wait for <paramref name="mode"/> of them for
    /// <paramref name="timeout"/> → variable <c>result</c> = <c>acknowledged</c> or <c>timed out</c>.
    /// </summary>
    public static string PageAndWait(string id, string mode = "Any", string timeout = "PT10M", string text = Text) => $$$"""
        {
          "definitionId": "{{{id}}}", "name": "Page and wait",
          "inputs": [ { "name": "people", "type": "Array", "required": true }, { "name": "title", "type": "String" } ],
          "variables": [ { "name": "result", "type": "String" } ],
          "root": { "type": "Flowchart", "activities": [
            { "id": "page", "type": "Notify", "inputs": {
                "people": { "type": "Scriban", "value": "input.people" },
                "subject": { "type": "Literal", "value": "Incident {{ title }}" },
                "text": { "type": "Literal", "value": {{{System.Text.Json.JsonSerializer.Serialize(text)}}} },
                "model": { "type": "Scriban", "value": "{ title: input.title }" },
                "requestAcknowledgement": { "type": "Literal", "value": true } } },
            { "id": "wait", "type": "WaitForAcknowledgement", "inputs": {
                "of": { "type": "Literal", "value": "page" },
                "mode": { "type": "Literal", "value": "{{{mode}}}" },
                "timeout": { "type": "Literal", "value": "{{{timeout}}}" } } },
            { "id": "ok", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Literal", "value": "acknowledged" } } },
            { "id": "late", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "result" }, "value": { "type": "Literal", "value": "timed out" } } }
          ], "connections": [
            { "source": { "activity": "page", "port": "Done" }, "target": { "activity": "wait" } },
            { "source": { "activity": "wait", "port": "Acknowledged" }, "target": { "activity": "ok" } },
            { "source": { "activity": "wait", "port": "TimedOut" }, "target": { "activity": "late" } }
          ] }
        }
        """;
}
