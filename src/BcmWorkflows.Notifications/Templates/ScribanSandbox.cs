using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using BcmWorkflows.Scripting;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// Parses and renders one template file in a sandbox: only the JSON model is in scope (no .NET object, members of .NET
/// types are invisible), <c>include</c> has no loader, and loops, recursion, output size and wall-clock time are
/// limited (<see cref="TemplateOptions"/>). Every failure is a <see cref="TemplateRenderException"/> naming the
/// template, file, line and column. Parsed templates are cached by text, so a fan-out parses each file once.
/// </summary>
public sealed class ScribanSandbox(IOptions<TemplateOptions> options)
{
    private const int CacheLimit = 1_000;
    private readonly ConcurrentDictionary<string, Template> _cache = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options = options.Value;

    /// <summary>Throws <see cref="TemplateRenderException"/> at the first parse error of <paramref name="content"/>.</summary>
    public void Check(string template, string file, string content) => Parse(template, file, content);

    /// <summary>
    /// Renders <paramref name="content"/> with <paramref name="model"/>'s properties as the global variables.
    /// <paramref name="html"/>: every written value is HTML-encoded (<see cref="HtmlEscapingContext"/>) and
    /// <c>html.escape</c> passes text through, so a value is encoded exactly once however the template is written.
    /// A cancelled <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public string Render(string template, string file, string content, JsonObject model, bool html, CancellationToken cancellationToken) =>
        Render(template, file, content, model, html, _options.OutputLimit, cancellationToken);

    /// <summary>As <see cref="Render(string, string, string, JsonObject, bool, CancellationToken)"/>, with its own output limit (documents are longer than messages).</summary>
    public string Render(string template, string file, string content, JsonObject model, bool html, int outputLimit, CancellationToken cancellationToken)
    {
        var parsed = Parse(template, file, content);
        var context = CreateContext(model, html, outputLimit);
        // The clock starts once the context is built (its built-in functions are set up on first use, slowly on a
        // busy machine). Real time, not the injected TimeProvider: this guards a thread against a template that burns CPU.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.TimeLimit);
        context.CancellationToken = timeout.Token;
        try
        {
            return parsed.Render(context);
        }
        catch (Exception ex) when (ex is ScriptAbortException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = (ex as ScriptRuntimeException)?.Span ?? context.CurrentSpan;
            throw Failure(template, file, at, $"The template ran longer than its time limit of {_options.TimeLimit.TotalSeconds:0.###} s and was stopped.");
        }
        catch (ScriptRuntimeException ex)
        {
            throw Failure(template, file, ex.Span, Explain(ex.OriginalMessage));
        }
        catch (Exception ex) when (ex is not TemplateRenderException)
        {
            throw Failure(template, file, context.CurrentSpan, ex.Message);
        }
    }

    private Template Parse(string template, string file, string content)
    {
        if (_cache.TryGetValue(content, out var cached)) return cached;
        var parsed = Template.Parse(content, file);
        var error = parsed.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
        if (error is not null)
        {
            var (line, column) = error.Span.Start.Line >= 0 ? (error.Span.Start.Line + 1, error.Span.Start.Column + 1) : AtEnd(content);
            throw new TemplateRenderException(template, file, line, column, error.Message);
        }
        if (UnclosedCode(content) is { } open)
            throw new TemplateRenderException(template, file, open.Start.Line + 1, open.Start.Column + 1, "This {{ is never closed with }}.");
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[content] = parsed;
        return parsed;
    }

    // Scriban accepts text that ends inside {{ (the rest is taken as code); in a message that is always a slip that
    // silently drops the text after it.
    private static Token? UnclosedCode(string content)
    {
        Token? open = null;
        foreach (var token in new Lexer(content))
        {
            if (token.Type == TokenType.CodeEnter) open = token;
            else if (token.Type == TokenType.CodeExit) open = null;
        }
        return open;
    }

    // Scriban reports an unfinished template at the end-of-input token, whose span is empty: place it after the last character.
    private static (int Line, int Column) AtEnd(string content)
    {
        var lineStart = content.LastIndexOf('\n') + 1;
        return (content.Count(c => c == '\n') + 1, content.Length - lineStart + 1);
    }

    private TemplateContext CreateContext(JsonObject model, bool html, int outputLimit)
    {
        var context = html ? new HtmlEscapingContext() : new TemplateContext();
        context.LoopLimit = _options.LoopLimit;
        context.LoopLimitQueryable = _options.LoopLimit;
        context.RecursiveLimit = _options.RecursiveLimit;
        context.LimitToString = outputLimit;
        context.OutputLimit = outputLimit;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.ObjectRecursionLimit = 64;
        context.RegexTimeOut = TimeSpan.FromMilliseconds(200);
        context.TemplateLoader = null;
        context.StrictVariables = false;
        // A missing optional field (ack.code, or ack itself) renders as nothing instead of failing the message.
        context.EnableRelaxedMemberAccess = true;
        context.EnableRelaxedTargetAccess = true;
        // The model holds only Scriban objects and primitives; of .NET types only DateTime (what date.parse and
        // date.now return) shows its members. Reflection onto anything else is refused.
        context.MemberFilter = member => member.DeclaringType == typeof(DateTime);
        if (html) context.PushGlobal(new ScriptObject { ["html"] = PassThroughEscape(context) });
        context.PushGlobal(ScriptValues.ToGlobals(model));
        return context;
    }

    // In the HTML file values are encoded on output; html.escape as well would show "&amp;lt;" to the reader.
    private static ScriptObject PassThroughEscape(TemplateContext context)
    {
        var functions = new ScriptObject();
        if (context.BuiltinObject["html"] is ScriptObject builtin) builtin.CopyTo(functions);
        functions.Remove("escape");
        functions.Import("escape", new Func<string?, string?>(text => text));
        return functions;
    }

    private static string Explain(string message) =>
        message.StartsWith("Unable to include", StringComparison.Ordinal)
            ? "include is not available: a notification template cannot read other files."
            : message;

    private static TemplateRenderException Failure(string template, string file, SourceSpan span, string problem) =>
        new(template, file, Math.Max(span.Start.Line, 0) + 1, Math.Max(span.Start.Column, 0) + 1, problem);
}
