using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Templates;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>
/// A coordinator must not be able to hang, crash or escape the server with a template. Every render runs under a
/// test-level timeout so that a missing limit fails the test instead of hanging it.
/// </summary>
public sealed class ScribanSandboxTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static JsonObject Model() => new()
    {
        ["name"] = "Ana",
        ["incident"] = new JsonObject { ["id"] = "INC-1", ["severity"] = 2, ["tags"] = new JsonArray("flood", "site") },
    };

    private static async Task<string> RenderAsync(string content, TemplateOptions? options = null, bool html = false, JsonObject? model = null)
    {
        var sandbox = new ScribanSandbox(Options.Create(options ?? new TemplateOptions()));
        return await Task.Run(() => sandbox.Render("test", "sms.sbn", content, model ?? Model(), html, CancellationToken.None)).WaitAsync(Patience);
    }

    private static async Task<TemplateRenderException> FailsAsync(string content, TemplateOptions? options = null) =>
        await Assert.ThrowsAsync<TemplateRenderException>(() => RenderAsync(content, options));

    [Fact]
    public async Task Model_data_renders_as_plain_values()
    {
        var text = await RenderAsync("{{ name }} {{ incident.id }} sev {{ incident.severity + 1 }} {{ incident.tags | array.join ',' }} {{ object.typeof incident }}");

        Assert.Equal("Ana INC-1 sev 3 flood,site object", text);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ for i in 1..100000000 }}{{ end }}")]
    [InlineData("{{ for i in 1..999; for j in 1..999; end; end }}")]
    public async Task A_runaway_loop_stops_at_the_loop_limit(string content)
    {
        var ex = await FailsAsync(content);

        Assert.Contains("limit", ex.Problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("`1000`", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(("test", "sms.sbn", 1), (ex.Template, ex.File, ex.Line));
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ for i in 1..900000000 }}{{ x = i * 2 }}{{ end }}")]
    public async Task A_template_running_longer_than_the_time_limit_is_stopped(string content)
    {
        // Loops may run (almost) forever here, so only the wall-clock limit can stop them.
        var options = new TemplateOptions { LoopLimit = int.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(100) };

        var ex = await FailsAsync(content, options);

        Assert.Contains("time limit of 0.1 s", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_render_is_a_cancellation_not_a_template_error()
    {
        var sandbox = new ScribanSandbox(Options.Create(new TemplateOptions { LoopLimit = int.MaxValue, TimeLimit = TimeSpan.FromMinutes(1) }));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Task.Run(() => sandbox.Render("test", "sms.sbn", "{{ while true }}{{ end }}", Model(), false, cancel.Token)).WaitAsync(Patience));
    }

    [Theory]
    [InlineData("{{ func f(x); ret f(x); end; f(1) }}")]
    [InlineData("{{ func down(n); ret down(n + 1) + 1; end; down(0) }}")]
    public async Task Unbounded_recursion_stops_at_the_recursion_limit(string content)
    {
        var ex = await FailsAsync(content);

        Assert.Contains("recursive depth limit `32`", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include 'other' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include '../../appsettings.json' }}")]
    public async Task Include_is_refused_with_a_clear_error(string content)
    {
        var ex = await FailsAsync(content);

        Assert.Equal("include is not available: a notification template cannot read other files.", ex.Problem);
        Assert.Equal((1, 4), (ex.Line, ex.Column));
    }

    [Theory]
    [InlineData("{{ \"x\".GetType }}")]
    [InlineData("{{ name.Length }}")]
    [InlineData("{{ incident.GetType }}")]
    [InlineData("{{ incident.severity.GetType }}")]
    [InlineData("{{ incident.tags.Count }}")]
    [InlineData("{{ date.now.GetType }}")]
    public async Task Members_of_dotnet_types_render_as_nothing(string content)
    {
        Assert.Equal("", await RenderAsync(content));
    }

    [Theory]
    [InlineData("{{ \"x\".GetType() }}")]
    [InlineData("{{ incident.GetType().Assembly }}")]
    [InlineData("{{ name.ToUpper() }}")]
    public async Task Dotnet_methods_cannot_be_called_and_the_error_shows_no_clr_data(string content)
    {
        var ex = await FailsAsync(content);

        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Assembly", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 'x' * 10000000 }}")]
    [InlineData("{{ for i in 1..900 }}{{ 'x' * 1000 }}{{ end }}")]
    [InlineData("{{ for i in 1..900 }}0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789{{ end }}")]
    [InlineData("{{ string.pad_left 'x' 10000000 }}")]
    public async Task A_huge_output_is_stopped(string content)
    {
        var ex = await FailsAsync(content);

        Assert.Contains("exceeds", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catastrophic_regex_backtracking_is_stopped()
    {
        var ex = await FailsAsync("{{ regex.match ('a' * 40 + '!') '(a+)+$' }}");

        Assert.Contains("timed out", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello\n{{ name | }}", 2, 11)]
    [InlineData("Line one\nLine two {{ if name }}unfinished", 2, 23)]
    [InlineData("{{ for x in }}", 1, 13)]
    [InlineData("Dear {{ name }},\nReply {{ ack.code  to confirm", 2, 7)]
    public async Task A_parse_error_names_the_file_line_and_column(string content, int line, int column)
    {
        var ex = await FailsAsync(content);

        Assert.Equal(("test", "sms.sbn", line, column), (ex.Template, ex.File, ex.Line, ex.Column));
        Assert.Contains($"Template 'test' (sms.sbn) line {line}, column {column}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runtime_error_names_the_line_and_column_where_it_happened()
    {
        var ex = await FailsAsync("Dear {{ name }},\n\n  {{ name | string.shout }}");

        Assert.Equal((3, 13), (ex.Line, ex.Column));
        Assert.Contains("string.shout", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_field_renders_as_nothing()
    {
        Assert.Equal("[][]", await RenderAsync("[{{ ack.code }}][{{ nothing.at.all }}]"));
    }

    [Fact]
    public async Task Assignments_in_one_render_do_not_leak_into_the_model_of_the_next()
    {
        var model = Model();
        await RenderAsync("{{ name = 'changed'; incident.id = 'X' }}", model: model);

        Assert.Equal("Ana INC-1", await RenderAsync("{{ name }} {{ incident.id }}", model: model));
    }

    [Fact]
    public async Task Html_files_encode_every_value_but_not_the_markup()
    {
        var model = new JsonObject { ["name"] = "<script>alert('x')</script> & \"Co\"", ["chinese"] = "陈大文" };

        var html = await RenderAsync("<p title=\"{{ name }}\">{{ name }}</p>{{ if true }}<b>{{ chinese }}</b>{{ end }}", html: true, model: model);
        var text = await RenderAsync("{{ name }}", html: false, model: model);

        const string encoded = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;";
        Assert.Equal($"<p title=\"{encoded}\">{encoded}</p><b>陈大文</b>", html);
        Assert.Equal("<script>alert('x')</script> & \"Co\"", text);
    }

    [Fact]
    public async Task Html_escape_in_an_html_file_encodes_exactly_once()
    {
        var model = new JsonObject { ["name"] = "<b>Ana</b>" };

        Assert.Equal("&lt;b&gt;Ana&lt;/b&gt;", await RenderAsync("{{ name | html.escape }}", html: true, model: model));
        Assert.Equal("&lt;b&gt;Ana&lt;/b&gt;", await RenderAsync("{{ name | html.escape }}", html: false, model: model));
    }
}
