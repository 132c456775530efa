using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Expressions;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Engine.Tests.Expressions;

/// <summary>
/// A definition author must not be able to hang, crash or escape the engine with an expression. Every
/// evaluation runs under a test-level timeout so that a missing limit fails the test instead of hanging it.
/// </summary>
public sealed class ExpressionSandboxTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static ExpressionScope Scope() => new(
        new JsonObject { ["title"] = "Flood" },
        new JsonObject { ["n"] = 1 },
        new Dictionary<string, JsonObject>(),
        new JsonObject { ["id"] = "i-1" },
        new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private static async Task<JsonNode?> EvalAsync(string text, ExpressionOptions? options = null)
    {
        var engine = new ExpressionEngine(Options.Create(options ?? new ExpressionOptions()));
        return await Task.Run(() => engine.Evaluate(text, Scope())).WaitAsync(Patience);
    }

    private static async Task<ExpressionException> FailsAsync(string text, ExpressionOptions? options = null) =>
        await Assert.ThrowsAsync<ExpressionException>(() => EvalAsync(text, options));

    [Theory]
    [InlineData("for i in 1..100000000; end")]
    [InlineData("for i in 1..9999; for j in 1..9999; end; end")]
    [InlineData("while true; end")]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("(1..100000000) | array.size")]
    public async Task A_runaway_loop_stops_at_the_loop_limit(string text)
    {
        var ex = await FailsAsync(text);

        Assert.Contains("limit", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("10000", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for i in 1..9000000; x = i * 2; end")]
    [InlineData("while true; end")]
    [InlineData("{{ for i in 1..9000000 }}{{ i }}{{ end }}")]
    public async Task An_expression_running_longer_than_the_time_limit_is_stopped(string text)
    {
        // Loops may run (almost) forever here, so only the wall-clock limit can stop them.
        var options = new ExpressionOptions { LoopLimit = int.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(100) };

        var ex = await FailsAsync(text, options);

        Assert.Contains("time limit", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("func f(x); ret f(x); end; f(1)")]
    [InlineData("func down(n); ret down(n + 1) + 1; end; down(0)")]
    public async Task Unbounded_recursion_stops_at_the_recursion_limit(string text)
    {
        var ex = await FailsAsync(text);

        Assert.Contains("recursive", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bounded_recursion_within_the_limit_works()
    {
        Assert.Equal(120, (await EvalAsync("func fact(n); if n <= 1; ret 1; end; ret n * fact(n - 1); end; fact(5)"))!.GetValue<int>());
    }

    [Theory]
    [InlineData("include 'x'")]
    [InlineData("include '/etc/passwd'")]
    [InlineData("{{ include 'C:/Windows/win.ini' }}")]
    public async Task Include_cannot_read_files(string text)
    {
        var ex = await FailsAsync(text);

        Assert.Contains("Unable to include", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input.GetType")]
    [InlineData("input.title.Length")]
    [InlineData("instance.id.GetHashCode")]
    [InlineData("now.Ticks")]
    [InlineData("now.GetType")]
    [InlineData("variables.n.GetType")]
    public async Task Members_of_dotnet_types_are_invisible(string text)
    {
        Assert.Null(await EvalAsync(text));
    }

    [Theory]
    [InlineData("input.title.GetType()")]
    [InlineData("input.GetType().Assembly")]
    public async Task Dotnet_methods_cannot_be_called(string text)
    {
        var ex = await FailsAsync(text);

        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_json_data_is_in_scope()
    {
        Assert.Equal("object", (await EvalAsync("object.typeof input"))!.GetValue<string>());
        Assert.Equal("string", (await EvalAsync("object.typeof input.title"))!.GetValue<string>());
    }

    [Theory]
    [InlineData("'x' * 100000000")]
    [InlineData("string.pad_left 'x' 100000000")]
    [InlineData("x = 'x' * 1000000; string.append x x")]
    [InlineData("x = 'x' * 1000000; x | string.replace 'x' 'yy'")]
    public async Task A_huge_string_is_refused(string text)
    {
        var ex = await FailsAsync(text);

        Assert.Contains("exceeds", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x = 'x' * 1000000; x + x")]
    [InlineData("x = 'x' * 100000; list = []; for i in 1..100; list = list | array.add x; end; list")]
    [InlineData("x = 'x' * 100000; o = {}; for i in 1..100; o[i] = x; end; o")]
    public async Task A_value_larger_than_the_output_limit_is_refused(string text)
    {
        var ex = await FailsAsync(text);

        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rendered_template_is_cut_at_the_output_limit()
    {
        var value = await EvalAsync("{{ for i in 1..5000 }}0123456789{{ end }}", new ExpressionOptions { OutputLimit = 1_000 });

        Assert.InRange(value!.GetValue<string>().Length, 1, 1_000 + 3);
    }

    [Fact]
    public async Task Catastrophic_regex_backtracking_times_out()
    {
        var ex = await FailsAsync("regex.match ('a' * 40 + '!') '(a+)+$'");

        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runaway_expression_in_a_workflow_becomes_an_incident()
    {
        await using var host = new EngineHost();

        var instance = await host.RunAsync(new Flow("runaway").Decision("d", "while true; end; true")).WaitAsync(Patience);

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal("d", incident.ActivityId);
        Assert.Contains("Input 'condition'", incident.Message, StringComparison.Ordinal);
        Assert.Contains("limit", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_expression_in_a_workflow_becomes_an_incident_at_the_configured_time_limit()
    {
        await using var host = new EngineHost(s => s.Configure<ExpressionOptions>(o =>
        {
            o.LoopLimit = int.MaxValue;
            o.TimeLimit = TimeSpan.FromMilliseconds(100);
        }));

        var instance = await host.RunAsync(new Flow("slow").Log("l", "{{ while true }}{{ end }}")).WaitAsync(Patience);

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("time limit", Assert.Single(instance.State.Incidents).Message, StringComparison.Ordinal);
    }
}
