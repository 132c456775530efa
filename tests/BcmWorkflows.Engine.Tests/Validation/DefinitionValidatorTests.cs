using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Serialization;
using BcmWorkflows.Engine.Tests.Support;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Engine.Tests.Validation;

public sealed class DefinitionValidatorTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private ValidationResult Validate(Flow flow) => _host.Validator.Validate(flow.Build());

    private ValidationResult Validate(string json) => _host.Validator.Validate(WorkflowJson.ParseDefinition(json));

    /// <summary>The first error at <paramref name="path"/> (a Scriban text may have several).</summary>
    private static ValidationProblem ErrorAt(ValidationResult result, string path)
    {
        var errors = result.Errors.Where(e => e.Path == path).ToList();
        Assert.True(errors.Count > 0, $"Expected an error at {path}; got: {Describe(result)}");
        return errors[0];
    }

    private static string Describe(ValidationResult result) =>
        result.Problems.Count == 0 ? "no problems" : string.Join("; ", result.Problems.Select(p => $"[{p.Severity}] {p.Path}: {p.Message}"));

    [Fact]
    public void A_correct_definition_has_no_problems()
    {
        var result = Validate(new Flow("ok").Variable("level", 1)
            .Log("start", "Declared {{ input.title }}")
            .Wait("wait", "ack", timeout: "PT5M")
            .Set("up", "level", In.Expr("variables.level + 1"))
            .Chain("start", "wait").Connect("wait", "TimedOut", "up").Connect("up", "Done", "wait"));

        Assert.True(result.IsValid, Describe(result));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Unknown_activity_type_is_an_error_at_its_type()
    {
        var result = Validate(new Flow("x").Log("a", "hi").Activity("b", "SendPigeon"));

        Assert.False(result.IsValid);
        Assert.Contains("SendPigeon", ErrorAt(result, "$.root.activities[1].type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_input_is_an_error_at_the_input()
    {
        var result = Validate(new Flow("x").Activity("d", "Delay"));

        Assert.Contains("required", ErrorAt(result, "$.root.activities[0].inputs.duration").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_input_given_as_null_is_missing()
    {
        var result = Validate(new Flow("x").Activity("d", "Delay", ("duration", In.Lit(null))));

        ErrorAt(result, "$.root.activities[0].inputs.duration");
    }

    [Theory]
    [InlineData("Delay", "duration", "abc", "ISO 8601")]
    [InlineData("Decision", "condition", "x", "Boolean")]
    [InlineData("Join", "mode", "Sometimes", "WaitAll, WaitAny")]
    [InlineData("WaitForEvent", "timeout", "soon", "ISO 8601")]
    [InlineData("RunWorkflow", "waitForCompletion", "perhaps", "Boolean")]
    public void Literal_of_the_wrong_shape_is_an_error_saying_what_was_expected(string type, string input, string literal, string expected)
    {
        var flow = new Flow("x").Activity("a", type, (input, In.Lit(literal)));
        if (type == "WaitForEvent") flow.Build().Root.Activities[0].Inputs["eventName"] = In.Lit("e");
        if (type == "RunWorkflow") flow.Build().Root.Activities[0].Inputs["definitionId"] = In.Lit("child");

        var result = Validate(flow);

        var error = ErrorAt(result, $"$.root.activities[0].inputs.{input}.value");
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(literal, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_json_kind_for_an_object_input_is_an_error()
    {
        var result = Validate(new Flow("x").Activity("r", "RunWorkflow", ("definitionId", In.Lit("child")), ("input", In.Lit(new JsonArray(1)))));

        Assert.Contains("Object", ErrorAt(result, "$.root.activities[0].inputs.input.value").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_value_type_is_an_error()
    {
        var result = Validate(new Flow("x").Activity("l", "Log", ("message", new() { Type = "Python", Value = "print(1)" })));

        Assert.Contains("Python", ErrorAt(result, "$.root.activities[0].inputs.message.type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_types_must_be_known_and_initial_and_default_values_must_fit_them()
    {
        var result = Validate("""
            { "definitionId": "types", "name": "types",
              "variables": [ { "name": "a", "type": "Gizmo" }, { "name": "b", "type": "Number", "value": "abc" }, { "name": "c", "type": "Array", "value": [1] } ],
              "inputs": [ { "name": "x", "type": "Strin" }, { "name": "y", "type": "Boolean", "default": 1 }, { "name": "z", "type": "Any", "default": {} } ],
              "root": { "type": "Flowchart", "activities": [], "connections": [] } }
            """);

        Assert.Contains("Gizmo", ErrorAt(result, "$.variables[0].type").Message, StringComparison.Ordinal);
        Assert.Equal("The value must be Number.", ErrorAt(result, "$.variables[1].value").Message);
        Assert.Contains("Strin", ErrorAt(result, "$.inputs[0].type").Message, StringComparison.Ordinal);
        Assert.Equal("The default must be Boolean.", ErrorAt(result, "$.inputs[1].default").Message);
        Assert.Equal(4, result.Errors.Count());
    }

    [Fact]
    public void Unknown_input_name_is_a_warning_only()
    {
        var result = Validate(new Flow("x").Activity("l", "Log", ("message", In.Lit("hi")), ("colour", In.Lit("red"))));

        Assert.True(result.IsValid, Describe(result));
        Assert.Contains(result.Warnings, w => w.Path == "$.root.activities[0].inputs.colour");
    }

    [Fact]
    public void Duplicate_activity_id_is_an_error_at_the_second_one()
    {
        var result = Validate(new Flow("x").Log("a", "one").Log("a", "two"));

        Assert.Contains("'a'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("$.root.activities[1].id", result.Errors.Single().Path);
        Assert.DoesNotContain(result.Errors, e => e.Path == "$.root.activities[0].id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading")]
    public void Malformed_activity_id_is_an_error(string id)
    {
        var result = Validate(new Flow("x").Log(id, "hi"));

        ErrorAt(result, "$.root.activities[0].id");
    }

    [Fact]
    public void Connection_from_a_port_the_activity_does_not_have_is_an_error_listing_its_ports()
    {
        var result = Validate(new Flow("x").Decision("d", "true").Log("l", "hi").Connect("d", "Maybe", "l"));

        var error = ErrorAt(result, "$.root.connections[0].source.port");
        Assert.Contains("'Maybe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'True'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'False'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_without_a_port_is_an_error()
    {
        var result = Validate(new Flow("x").Log("a", "hi").Log("b", "hi").Connect("a", "", "b"));

        ErrorAt(result, "$.root.connections[0].source.port");
    }

    [Fact]
    public void Connection_from_an_unknown_activity_is_an_error()
    {
        var result = Validate(new Flow("x").Log("a", "hi").Connect("ghost", "Done", "a"));

        Assert.Contains("ghost", ErrorAt(result, "$.root.connections[0].source.activity").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_to_an_unknown_activity_is_an_error()
    {
        var result = Validate(new Flow("x").Log("a", "hi").Connect("a", "Done", "ghost"));

        Assert.Contains("ghost", ErrorAt(result, "$.root.connections[0].target.activity").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_without_source_or_target_is_an_error()
    {
        var result = Validate("""
            { "definitionId": "x", "name": "x", "root": { "type": "Flowchart",
              "activities": [ { "id": "a", "type": "End" } ],
              "connections": [ { "target": null, "source": { "activity": "a", "port": "Done" } } ] } }
            """);

        ErrorAt(result, "$.root.connections[0]");
    }

    [Theory]
    [InlineData("input.level > 2 )", "line 1, column 17")]
    [InlineData("input.level >", "line 1, column 14")]
    [InlineData("x = 1\ny = (2", "line 2, column 7")]
    [InlineData("(1", "line 1, column 3")]
    public void Scriban_expression_that_does_not_parse_is_an_error_with_line_and_column(string expression, string position)
    {
        var result = Validate(new Flow("x").Decision("d", expression));

        var error = ErrorAt(result, "$.root.activities[0].inputs.condition.value");
        Assert.Contains(position, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scriban_template_error_reports_the_line_it_is_on()
    {
        var result = Validate(new Flow("x").Log("l", "Dear {{ input.name }},\nlevel {{ if }} reached"));

        var error = ErrorAt(result, "$.root.activities[0].inputs.message.value");
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scriban_value_that_is_not_a_string_is_an_error()
    {
        var result = Validate(new Flow("x").Activity("d", "Decision", ("condition", new() { Type = "Scriban", Value = 42 })));

        ErrorAt(result, "$.root.activities[0].inputs.condition.value");
    }

    [Fact]
    public void Variable_input_naming_an_undeclared_variable_is_an_error()
    {
        var result = Validate(new Flow("x").Variable("level", 1)
            .Activity("d", "Decision", ("condition", In.Var("levle"))));

        Assert.Contains("levle", ErrorAt(result, "$.root.activities[0].inputs.condition.value").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_input_naming_a_declared_variable_is_fine()
    {
        var result = Validate(new Flow("x").Variable("ok", true).Activity("d", "Decision", ("condition", In.Var("ok"))));

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Duplicate_variable_and_input_names_are_errors()
    {
        var result = Validate(new Flow("x").Variable("a", 1).Variable("a", 2).Input("i").Input("i").End("e"));

        ErrorAt(result, "$.variables[1].name");
        ErrorAt(result, "$.inputs[1].name");
    }

    [Fact]
    public void Event_trigger_without_event_name_is_an_error()
    {
        var result = Validate("""
            { "definitionId": "x", "name": "x", "triggers": [ { "type": "Event" } ],
              "root": { "type": "Flowchart", "activities": [ { "id": "e", "type": "End" } ] } }
            """);

        ErrorAt(result, "$.triggers[0].eventName");
    }

    [Fact]
    public void Cron_trigger_without_expression_is_an_error()
    {
        var result = Validate("""
            { "definitionId": "x", "name": "x", "triggers": [ { "type": "Event", "eventName": "ok" }, { "type": "Cron", "expression": " " } ],
              "root": { "type": "Flowchart", "activities": [ { "id": "e", "type": "End" } ] } }
            """);

        ErrorAt(result, "$.triggers[1].expression");
        Assert.DoesNotContain(result.Errors, e => e.Path.StartsWith("$.triggers[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_trigger_type_is_an_error()
    {
        var result = Validate("""
            { "definitionId": "x", "name": "x", "triggers": [ { "type": "Webhook", "eventName": "e" } ],
              "root": { "type": "Flowchart", "activities": [ { "id": "e", "type": "End" } ] } }
            """);

        Assert.Contains("Webhook", ErrorAt(result, "$.triggers[0].type").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    public void Malformed_definition_id_is_an_error(string id)
    {
        var result = Validate(new Flow(id).End("e"));

        ErrorAt(result, "$.definitionId");
    }

    [Fact]
    public void Root_that_is_not_a_flowchart_is_an_error()
    {
        var result = Validate("""{ "definitionId": "x", "name": "x", "root": { "type": "Sequence", "activities": [] } }""");

        ErrorAt(result, "$.root.type");
    }

    [Fact]
    public void Switch_case_names_are_valid_connection_sources_and_other_ports_are_not()
    {
        var result = Validate(SwitchFlow(new JsonArray(Case("high", "input.level > 2"), Case("low", "input.level <= 2")))
            .Connect("s", "high", "a").Connect("s", "low", "b").Connect("s", "Default", "c").Connect("s", "medium", "c"));

        Assert.Equal(["$.root.connections[3].source.port"], result.Errors.Select(e => e.Path));
        Assert.Contains("'high'", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_cases_are_checked_one_by_one()
    {
        var result = Validate(SwitchFlow(new JsonArray(
            Case("", "true"),
            Case("dup", "true"),
            Case("dup", "true"),
            Case("Default", "true"),
            Case("nocondition", ""),
            Case("bad", "input.level >"),
            JsonValue.Create("not an object"))));

        ErrorAt(result, "$.root.activities[0].inputs.cases.value[0].name");
        ErrorAt(result, "$.root.activities[0].inputs.cases.value[2].name");
        ErrorAt(result, "$.root.activities[0].inputs.cases.value[3].name");
        ErrorAt(result, "$.root.activities[0].inputs.cases.value[4].condition");
        Assert.Contains("line 1", ErrorAt(result, "$.root.activities[0].inputs.cases.value[5].condition").Message, StringComparison.Ordinal);
        ErrorAt(result, "$.root.activities[0].inputs.cases.value[6]");
        Assert.DoesNotContain(result.Errors, e => e.Path.Contains("value[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Switch_cases_must_be_a_literal_list()
    {
        var result = Validate(new Flow("x").Activity("s", "Switch", ("cases", In.Expr("input.cases"))));

        ErrorAt(result, "$.root.activities[0].inputs.cases");
    }

    [Fact]
    public void Switch_mode_must_be_MatchFirst_or_MatchAny()
    {
        var flow = SwitchFlow(new JsonArray(Case("a", "true")));
        flow.Build().Root.Activities[0].Inputs["mode"] = In.Lit("MatchSome");

        var result = Validate(flow);

        Assert.Contains("MatchAny", ErrorAt(result, "$.root.activities[0].inputs.mode.value").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_are_legal()
    {
        var result = Validate(new Flow("loop").Variable("level", 1)
            .Log("page", "paging")
            .Wait("wait", "ack", timeout: "PT5M")
            .Set("up", "level", In.Expr("variables.level + 1"))
            .Decision("more", "variables.level <= 3")
            .Log("done", "gave up")
            .Chain("page", "wait").Connect("wait", "TimedOut", "up").Chain("up", "more")
            .Connect("more", "True", "wait").Connect("more", "False", "done"));

        Assert.True(result.IsValid, Describe(result));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Unreachable_activity_is_a_warning_not_an_error()
    {
        var result = Validate(new Flow("x")
            .Log("start", "hi")
            .Log("a", "in a loop nobody enters").Log("b", "same")
            .Chain("a", "b", "a"));

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(["$.root.activities[1]", "$.root.activities[2]"], result.Warnings.Select(w => w.Path));
        Assert.Contains("unreachable", result.Warnings.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        var result = Validate("""
            {
              "definitionId": "many", "name": "Many problems",
              "variables": [ { "name": "level", "value": 1 } ],
              "triggers": [ { "type": "Event" }, { "type": "Webhook" } ],
              "root": { "type": "Flowchart",
                "activities": [
                  { "id": "a", "type": "SendPigeon" },
                  { "id": "b", "type": "Delay", "inputs": { "duration": { "type": "Literal", "value": "abc" } } },
                  { "id": "c", "type": "Decision" },
                  { "id": "d", "type": "Log", "inputs": { "message": { "type": "Scriban", "value": "{{ if }}" } } },
                  { "id": "b", "type": "Join", "inputs": { "mode": { "type": "Literal", "value": "Sometimes" } } },
                  { "id": "f", "type": "SetVariable", "inputs": { "variable": { "type": "Literal", "value": "level" }, "value": { "type": "Variable", "value": "nope" } } }
                ],
                "connections": [
                  { "source": { "activity": "c", "port": "Maybe" }, "target": { "activity": "d" } },
                  { "source": { "activity": "ghost", "port": "Done" }, "target": { "activity": "d" } },
                  { "source": { "activity": "d", "port": "Done" }, "target": { "activity": "ghost" } }
                ] } }
            """);

        Assert.Equal(
            [
                "$.triggers[0].eventName",
                "$.triggers[1].type",
                "$.root.activities[0].type",
                "$.root.activities[1].inputs.duration.value",
                "$.root.activities[2].inputs.condition",
                "$.root.activities[3].inputs.message.value",
                "$.root.activities[4].id",
                "$.root.activities[4].inputs.mode.value",
                "$.root.activities[5].inputs.value.value",
                "$.root.connections[0].source.port",
                "$.root.connections[1].source.activity",
                "$.root.connections[2].target.activity",
            ],
            result.ErrorsByPath().Keys.Order(StringComparer.Ordinal).OrderBy(Rank));
    }

    // Keeps the expected list above in document order.
    private static int Rank(string path) => path.StartsWith("$.triggers", StringComparison.Ordinal) ? 0 : path.StartsWith("$.root.activities", StringComparison.Ordinal) ? 1 : 2;

    [Fact]
    public void Null_lists_and_null_entries_are_problems_not_crashes()
    {
        var result = Validate("""
            { "definitionId": "x", "name": "x", "inputs": null, "variables": null, "triggers": null,
              "root": { "type": "Flowchart", "activities": null, "connections": null } }
            """);

        ErrorAt(result, "$.inputs");
        ErrorAt(result, "$.variables");
        ErrorAt(result, "$.triggers");
        ErrorAt(result, "$.root.activities");
        ErrorAt(result, "$.root.connections");
        var withNullEntries = Validate("""
            { "definitionId": "x", "name": "x", "variables": [ null ], "triggers": [ null ],
              "root": { "type": "Flowchart",
                "activities": [ null, { "id": "s", "type": "SetVariable", "inputs": { "variable": null, "value": null } } ],
                "connections": [ null ] } }
            """);

        ErrorAt(withNullEntries, "$.variables[0].name");
        ErrorAt(withNullEntries, "$.triggers[0].type");
        ErrorAt(withNullEntries, "$.root.activities[0]");
        ErrorAt(withNullEntries, "$.root.activities[1].inputs.variable");
        ErrorAt(withNullEntries, "$.root.connections[0]");
    }

    [Fact]
    public void Switch_with_a_null_case_is_a_problem_not_a_crash()
    {
        var result = Validate(SwitchFlow(new JsonArray(Case("a", "true"), null)).Connect("s", "a", "a").Connect("s", "Default", "b"));

        ErrorAt(result, "$.root.activities[0].inputs.cases.value[1]");
        Assert.DoesNotContain(result.Errors, e => e.Path.StartsWith("$.root.connections", StringComparison.Ordinal));
    }

    private static Flow SwitchFlow(JsonArray cases) => new Flow("switch")
        .Activity("s", "Switch", ("cases", In.Lit(cases)))
        .Log("a", "a").Log("b", "b").Log("c", "c");

    private static JsonObject Case(string name, string condition) => new() { ["name"] = name, ["condition"] = condition };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
