using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Engine.Tests.Serialization;

public sealed class WorkflowJsonTests
{
    /// <summary>The example in docs/contract.md, verbatim.</summary>
    private const string ContractExample = """
    {
      "definitionId": "incident-escalation",
      "name": "Incident escalation",
      "description": "Page responders level by level until someone acknowledges.",
      "inputs":    [ { "name": "incidentId", "type": "String", "required": true } ],
      "variables": [ { "name": "level", "type": "Number", "value": 1 } ],
      "triggers":  [ { "type": "Event", "eventName": "incident.declared" } ],
      "root": {
        "type": "Flowchart",
        "activities": [
          { "id": "page", "type": "SendSms", "name": "Page level 1",
            "inputs": { "to": { "type": "Scriban", "value": "{{ input.phone }}" },
                        "template": { "type": "Literal", "value": "incident-page" } },
            "designer": { "x": 120, "y": 80 } }
        ],
        "connections": [
          { "source": { "activity": "page", "port": "Done" }, "target": { "activity": "wait" } }
        ]
      }
    }
    """;

    /// <summary>Every field the format has, each with a non-default value.</summary>
    private const string EveryField = """
    {
      "definitionId": "every-field",
      "name": "Every field",
      "description": "All of them.",
      "inputs": [ { "name": "incidentId", "type": "String", "required": true, "description": "The incident.", "default": "INC-0" } ],
      "variables": [ { "name": "level", "type": "Number", "value": 1 }, { "name": "meta", "type": "Object", "value": { "a": [1, "b", null, true] } } ],
      "triggers": [ { "type": "Event", "eventName": "incident.declared" }, { "type": "Cron", "expression": "0 0 8 * * ?" } ],
      "root": {
        "type": "Flowchart",
        "activities": [
          { "id": "page", "type": "Log", "name": "Page", "description": "Pages level 1.",
            "inputs": { "message": { "type": "Scriban", "value": "{{ input.incidentId }}" } },
            "designer": { "x": 120.5, "y": -80, "width": 200, "collapsed": true, "color": "#ff0000" } },
          { "id": "wait", "type": "WaitForEvent",
            "inputs": { "eventName": { "type": "Literal", "value": "ack" }, "correlationId": { "type": "Variable", "value": "level" } },
            "designer": { "x": 400, "y": 80 } }
        ],
        "connections": [
          { "source": { "activity": "page", "port": "Done" }, "target": { "activity": "wait" } },
          { "source": { "activity": "wait", "port": "TimedOut" }, "target": { "activity": "page", "port": "In" } }
        ]
      },
      "version": 3,
      "isLatest": true,
      "isPublished": false,
      "createdAt": "2026-01-05T09:00:00+00:00",
      "createdBy": "coordinator@example.com"
    }
    """;

    [Fact]
    public void Contract_example_parses_into_the_model()
    {
        var d = WorkflowJson.ParseDefinition(ContractExample);

        Assert.Equal("incident-escalation", d.DefinitionId);
        Assert.Equal("Incident escalation", d.Name);
        Assert.Equal("Page responders level by level until someone acknowledges.", d.Description);
        var input = Assert.Single(d.Inputs);
        Assert.Equal(("incidentId", "String", true), (input.Name, input.Type, input.Required));
        var variable = Assert.Single(d.Variables);
        Assert.Equal(("level", "Number", 1), (variable.Name, variable.Type, variable.Value!.GetValue<int>()));
        var trigger = Assert.Single(d.Triggers);
        Assert.Equal(("Event", "incident.declared"), (trigger.Type, trigger.EventName));
        Assert.Equal("Flowchart", d.Root.Type);
        var page = Assert.Single(d.Root.Activities);
        Assert.Equal(("page", "SendSms", "Page level 1"), (page.Id, page.Type, page.Name));
        Assert.Equal(InputValue.Scriban, page.Inputs["to"].Type);
        Assert.Equal("{{ input.phone }}", page.Inputs["to"].Value!.GetValue<string>());
        Assert.Equal(InputValue.Literal, page.Inputs["template"].Type);
        Assert.Equal("incident-page", page.Inputs["template"].Value!.GetValue<string>());
        Assert.Equal(120, page.Designer!["x"]!.GetValue<int>());
        Assert.Equal(80, page.Designer!["y"]!.GetValue<int>());
        var connection = Assert.Single(d.Root.Connections);
        Assert.Equal(("page", "Done", "wait"), (connection.Source.Activity, connection.Source.Port, connection.Target.Activity));
    }

    [Fact]
    public void Round_trip_keeps_every_field_including_designer_data()
    {
        var written = WorkflowJson.Serialize(WorkflowJson.ParseDefinition(EveryField));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EveryField), JsonNode.Parse(written)), written);
        // And again: writing what was read back changes nothing.
        Assert.Equal(written, WorkflowJson.Serialize(WorkflowJson.ParseDefinition(written)));
    }

    [Fact]
    public void Written_json_is_camel_case_and_leaves_out_nulls()
    {
        var d = new WorkflowDefinition { DefinitionId = "x", Name = "X" };
        d.Root.Activities.Add(new ActivityModel { Id = "a", Type = "End" });

        var json = JsonNode.Parse(WorkflowJson.Serialize(d))!.AsObject();

        Assert.Equal("x", json["definitionId"]!.GetValue<string>());
        Assert.False(json.ContainsKey("description"));
        Assert.False(json.ContainsKey("version"));
        Assert.False(json["root"]!["activities"]![0]!.AsObject().ContainsKey("designer"));
    }

    [Fact]
    public void Malformed_json_throws_JsonException_with_position()
    {
        var ex = Assert.ThrowsAny<JsonException>(() => WorkflowJson.ParseDefinition("""
            { "definitionId": "x",
              "root": { "activities": [ { "id": "a" "type": "End" } ] } }
            """));

        Assert.Equal(1, ex.LineNumber);
        Assert.NotNull(ex.Path);
        Assert.StartsWith("$.root.activities[0]", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_throws_JsonException()
    {
        Assert.ThrowsAny<JsonException>(() => WorkflowJson.ParseDefinition("""{ "definitionId": "x", "root": { "activities": ["""));
    }

    [Theory]
    [InlineData("""{ "definitionId": "x", "root": { "activities": {} } }""", "$.root.activities")]
    [InlineData("""{ "definitionId": "x", "inputs": [ { "name": "a", "required": "yes" } ] }""", "$.inputs[0].required")]
    [InlineData("""{ "definitionId": "x", "root": { "connections": [ { "source": "a" } ] } }""", "$.root.connections[0].source")]
    [InlineData("""{ "definitionId": ["x"] }""", "$.definitionId")]
    [InlineData("""{ "definitionId": "x", "root": { "activities": [ { "id": "a", "inputs": { "m": "text" } } ] } }""", "$.root.activities[0].inputs.m")]
    [InlineData("""{ "definitionId": "x", "root": { "activities": [ { "id": "a", "designer": [1, 2] } ] } }""", "$.root.activities[0].designer")]
    public void Wrong_types_throw_JsonException_with_the_path(string json, string path)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => WorkflowJson.ParseDefinition(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_document_is_rejected()
    {
        Assert.ThrowsAny<JsonException>(() => WorkflowJson.ParseDefinition("null"));
    }
}
