using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Expressions;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Engine.Tests.Expressions;

/// <summary>What expressions see and the types their values keep.</summary>
public sealed class ExpressionEngineTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 30, 15, TimeSpan.Zero);

    private readonly ExpressionEngine _engine = new(Options.Create(new ExpressionOptions()));

    private readonly ExpressionScope _scope = new(
        Input: new JsonObject { ["title"] = "Flood", ["level"] = 3, ["tags"] = new JsonArray("a", "b"), ["site"] = new JsonObject { ["name"] = "HQ" } },
        Variables: new JsonObject { ["attempts"] = 2, ["ratio"] = 0.5, ["acknowledged"] = false, ["owner"] = null },
        Outputs: new Dictionary<string, JsonObject> { ["wait"] = new() { ["payload"] = new JsonObject { ["by"] = "ann" } } },
        Instance: new JsonObject { ["id"] = "i-1", ["correlationId"] = "INC-7", ["definitionId"] = "escalation", ["version"] = 4 },
        Now: Now);

    private JsonNode? Eval(string text) => _engine.Evaluate(text, _scope);

    [Theory]
    [InlineData("input.title", "\"Flood\"")]
    [InlineData("input.site.name", "\"HQ\"")]
    [InlineData("variables.attempts", "2")]
    [InlineData("outputs.wait.payload.by", "\"ann\"")]
    [InlineData("instance.id", "\"i-1\"")]
    [InlineData("instance.correlationId", "\"INC-7\"")]
    [InlineData("instance.definitionId", "\"escalation\"")]
    [InlineData("instance.version", "4")]
    [InlineData("variables.owner", "null")]
    [InlineData("input.missing", "null")]
    [InlineData("outputs.never_ran", "null")]
    [InlineData("outputs.never_ran.payload.by", "null")]
    [InlineData("input.missing.deeper", "null")]
    [InlineData("variables.owner.name", "null")]
    public void Expressions_see_input_variables_outputs_and_instance(string expression, string json)
    {
        Assert.Equal(json, Eval(expression)?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Now_is_the_time_the_scope_was_given()
    {
        var value = Eval("now");

        Assert.Equal(Now, DateTimeOffset.Parse(value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2026-01-05 09:30", Eval("now | date.to_string '%Y-%m-%d %H:%M'")!.GetValue<string>());
    }

    [Theory]
    [InlineData("variables.attempts + 1", JsonValueKind.Number, "3")]
    [InlineData("variables.ratio * 3", JsonValueKind.Number, "1.5")]
    [InlineData("input.level > 2", JsonValueKind.True, "true")]
    [InlineData("variables.acknowledged", JsonValueKind.False, "false")]
    [InlineData("input.title + '!'", JsonValueKind.String, "\"Flood!\"")]
    [InlineData("null", JsonValueKind.Undefined, "null")]
    public void An_expression_keeps_the_type_of_its_value(string expression, JsonValueKind kind, string json)
    {
        var value = Eval(expression);

        Assert.Equal(kind, value?.GetValueKind() ?? JsonValueKind.Undefined);
        Assert.Equal(json, value?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData("{{ variables.attempts + 1 }}", "3")]
    [InlineData("{{ input.level > 2 }}", "true")]
    [InlineData("Incident {{ input.title }} at level {{ input.level }}", "Incident Flood at level 3")]
    public void A_template_renders_to_a_string(string template, string text)
    {
        var value = Eval(template);

        Assert.Equal(JsonValueKind.String, value!.GetValueKind());
        Assert.Equal(text, value.GetValue<string>());
    }

    [Theory]
    [InlineData("[1, 'two', true]", """[1,"two",true]""")]
    [InlineData("input.tags", """["a","b"]""")]
    [InlineData("input.tags | array.add 'c'", """["a","b","c"]""")]
    [InlineData("1..3", "[1,2,3]")]
    public void An_expression_returning_a_list_keeps_it_a_list(string expression, string json)
    {
        Assert.Equal(json, Eval(expression)!.ToJsonString());
    }

    [Fact]
    public void An_expression_returning_an_object_keeps_nested_lists_and_objects()
    {
        var value = Eval("{ title: input.title, tags: input.tags, site: input.site, n: 1 }");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "title": "Flood", "tags": ["a", "b"], "site": { "name": "HQ" }, "n": 1 }"""), value), value?.ToJsonString());
    }

    [Fact]
    public void Whole_input_round_trips_through_an_expression()
    {
        Assert.True(JsonNode.DeepEquals(_scope.Input, Eval("input")), Eval("input")?.ToJsonString());
    }

    [Fact]
    public void A_runtime_error_says_where_it_happened()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("x = 1\ny = 1 / 'a' | math.nope"));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_that_does_not_parse_fails_with_its_position()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("input.level >"));

        Assert.Contains("does not parse", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, column 14", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_returns_nothing_for_valid_text_and_every_error_otherwise()
    {
        Assert.Empty(_engine.Check("input.level > 2 && variables.attempts < 3"));
        Assert.Empty(_engine.Check("Dear {{ input.name }}"));
        Assert.NotEmpty(_engine.Check("{{ if }}"));
    }
}
