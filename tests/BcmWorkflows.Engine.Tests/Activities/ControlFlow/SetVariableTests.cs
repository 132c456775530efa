using System.Text.Json;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;

namespace BcmWorkflows.Engine.Tests.Activities.ControlFlow;

public sealed class SetVariableTests : IAsyncLifetime
{
    private readonly EngineHost _host = new();

    private async Task<JsonNode?> SetAsync(InputValue value, JsonObject? input = null)
    {
        var instance = await _host.RunAsync(new Flow($"set-{Guid.NewGuid():N}")
            .Variable("count", 2).Variable("flag", true).Variable("site", new JsonObject { ["name"] = "HQ", ["floors"] = new JsonArray(1, 2) })
            .Variable("target", null)
            .Set("s", "target", value), input);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        return instance.State.Variables["target"];
    }

    [Theory]
    [InlineData("42", JsonValueKind.Number)]
    [InlineData("\"text\"", JsonValueKind.String)]
    [InlineData("true", JsonValueKind.True)]
    [InlineData("{\"a\":[1,{\"b\":null}]}", JsonValueKind.Object)]
    [InlineData("[1,\"x\"]", JsonValueKind.Array)]
    public async Task A_literal_is_stored_as_is(string json, JsonValueKind kind)
    {
        var value = await SetAsync(In.Lit(JsonNode.Parse(json)));

        Assert.Equal(kind, value!.GetValueKind());
        Assert.Equal(json, value.ToJsonString());
    }

    [Theory]
    [InlineData("variables.count + 1", JsonValueKind.Number, "3")]
    [InlineData("variables.count * 1.5", JsonValueKind.Number, "3")]
    [InlineData("variables.count / 4", JsonValueKind.Number, "0.5")]
    [InlineData("!variables.flag", JsonValueKind.False, "false")]
    [InlineData("variables.count > 1", JsonValueKind.True, "true")]
    [InlineData("variables.site.name", JsonValueKind.String, "\"HQ\"")]
    [InlineData("variables.site.floors", JsonValueKind.Array, "[1,2]")]
    [InlineData("input.tags | array.add 'c'", JsonValueKind.Array, "[\"a\",\"b\",\"c\"]")]
    [InlineData("{ level: variables.count, tags: input.tags }", JsonValueKind.Object, "{\"level\":2,\"tags\":[\"a\",\"b\"]}")]
    public async Task A_Scriban_expression_keeps_the_type_of_its_value(string expression, JsonValueKind kind, string json)
    {
        var value = await SetAsync(In.Expr(expression), new JsonObject { ["tags"] = new JsonArray("a", "b") });

        Assert.Equal(kind, value!.GetValueKind());
        Assert.Equal(json, value.ToJsonString());
    }

    [Theory]
    [InlineData("{{ variables.count + 1 }}", "3")]
    [InlineData("{{ variables.flag }}", "true")]
    [InlineData("Level {{ variables.count }} at {{ variables.site.name }}", "Level 2 at HQ")]
    public async Task A_Scriban_template_becomes_a_string(string template, string text)
    {
        var value = await SetAsync(In.Expr(template));

        Assert.Equal(JsonValueKind.String, value!.GetValueKind());
        Assert.Equal(text, value.GetValue<string>());
    }

    [Fact]
    public async Task A_Variable_input_copies_another_variable_with_its_type()
    {
        var value = await SetAsync(In.Var("site"));

        Assert.Equal("""{"name":"HQ","floors":[1,2]}""", value!.ToJsonString());
    }

    [Fact]
    public async Task A_copied_value_does_not_alias_the_original()
    {
        var instance = await _host.RunAsync(new Flow("alias")
            .Variable("a", new JsonObject { ["n"] = 1 }).Variable("b", null)
            .Set("copy", "b", In.Var("a"))
            .Set("change", "a", In.Expr("{ n: 2 }"))
            .Chain("copy", "change"));

        Assert.Equal(1, instance.State.Variables["b"]!["n"]!.GetValue<int>());
        Assert.Equal(2, instance.State.Variables["a"]!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_missing_value_sets_the_variable_to_null()
    {
        var instance = await _host.RunAsync(new Flow("clear").Variable("count", 2)
            .Activity("s", "SetVariable", ("variable", In.Lit("count"))));

        Assert.True(instance.State.Variables.ContainsKey("count"));
        Assert.Null(instance.State.Variables["count"]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
