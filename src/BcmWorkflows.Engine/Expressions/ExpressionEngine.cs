using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using BcmWorkflows.Scripting;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BcmWorkflows.Engine.Expressions;

/// <summary>
/// Parses and evaluates Scriban in a sandbox: only JSON data is visible, <c>include</c> has no loader,
/// loops, recursion, output size and wall-clock time are limited. A value containing <c>{{</c> is a
/// template (its value is the rendered text); anything else is an expression whose value keeps its type.
/// </summary>
public sealed class ExpressionEngine(IOptions<ExpressionOptions> options)
{
    private const int CacheLimit = 10_000;
    private readonly ConcurrentDictionary<string, Template> _cache = new(StringComparer.Ordinal);
    private readonly ExpressionOptions _options = options.Value;

    public static bool IsTemplate(string text) => text.Contains("{{", StringComparison.Ordinal);

    /// <summary>Every parse error in <paramref name="text"/>, with 1-based line and column; empty when it parses.</summary>
    public IReadOnlyList<ExpressionError> Check(string text)
    {
        var template = ParseUncached(text);
        return Errors(template, text);
    }

    /// <summary>Evaluates <paramref name="text"/>; throws <see cref="ExpressionException"/> with a clear message.</summary>
    public JsonNode? Evaluate(string text, ExpressionScope scope)
    {
        var template = Parse(text);
        var context = CreateContext(scope, out var timeout);
        try
        {
            var result = IsTemplate(text) ? template.Render(context) : template.Evaluate(context);
            var value = ScriptValues.ToJson(result);
            var budget = (long)_options.OutputLimit;
            if (!IsTemplate(text) && Exceeds(value, ref budget))
                throw new ExpressionException($"Expression value exceeds the output limit of {_options.OutputLimit} characters: {Shorten(text)}");
            return value;
        }
        catch (ScriptAbortException)
        {
            throw new ExpressionException($"Expression exceeded its time limit of {_options.TimeLimit.TotalSeconds:0.###} s: {Shorten(text)}");
        }
        catch (OperationCanceledException)
        {
            throw new ExpressionException($"Expression exceeded its time limit of {_options.TimeLimit.TotalSeconds:0.###} s: {Shorten(text)}");
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ExpressionException($"Expression failed: {ex.OriginalMessage} (line {ex.Span.Start.Line + 1}, column {ex.Span.Start.Column + 1}) in {Shorten(text)}", ex);
        }
        catch (Exception ex) when (ex is not ExpressionException)
        {
            throw new ExpressionException($"Expression failed: {ex.Message} in {Shorten(text)}", ex);
        }
        finally
        {
            timeout.Dispose();
        }
    }

    private Template Parse(string text)
    {
        if (_cache.TryGetValue(text, out var cached)) return cached;
        var template = ParseUncached(text);
        var errors = Errors(template, text);
        if (errors.Count > 0) throw new ExpressionException($"Expression does not parse: {errors[0]} in {Shorten(text)}");
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[text] = template;
        return template;
    }

    private static Template ParseUncached(string text) =>
        Template.Parse(text, lexerOptions: new LexerOptions { Mode = IsTemplate(text) ? ScriptMode.Default : ScriptMode.ScriptOnly });

    private static List<ExpressionError> Errors(Template template, string text) =>
        template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => m.Span.Start.Line >= 0
                ? new ExpressionError(m.Message, m.Span.Start.Line + 1, m.Span.Start.Column + 1)
                : AtEnd(m.Message, text))
            .ToList();

    // Scriban reports an unfinished expression ("a +", "(1") at the end-of-input token, whose span is
    // empty (line -1): place it just after the last character instead.
    private static ExpressionError AtEnd(string message, string text)
    {
        var lineStart = text.LastIndexOf('\n') + 1;
        return new ExpressionError(message, text.Count(c => c == '\n') + 1, text.Length - lineStart + 1);
    }

    private TemplateContext CreateContext(ExpressionScope scope, out CancellationTokenSource timeout)
    {
        var globals = new ScriptObject
        {
            ["input"] = ScriptValues.ToScript(scope.Input),
            ["variables"] = ScriptValues.ToScript(scope.Variables),
            ["outputs"] = OutputsToScript(scope.Outputs),
            ["instance"] = ScriptValues.ToScript(scope.Instance),
            ["now"] = scope.Now.UtcDateTime,
        };
        if (scope.Extra is not null)
        {
            foreach (var (name, value) in scope.Extra) globals[name] = ScriptValues.ToScript(value);
        }

        timeout = new CancellationTokenSource(_options.TimeLimit);
        var context = new TemplateContext
        {
            LoopLimit = _options.LoopLimit,
            LoopLimitQueryable = _options.LoopLimit,
            RecursiveLimit = _options.RecursiveLimit,
            LimitToString = _options.OutputLimit,
            OutputLimit = _options.OutputLimit,
            ObjectRecursionLimit = 64,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            TemplateLoader = null,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            // Since Scriban 6 a member of a null target (outputs.wait.payload before the wait ran) is governed
            // by this switch, not EnableRelaxedMemberAccess: null, like an unknown variable.
            EnableRelaxedTargetAccess = true,
            CancellationToken = timeout.Token,
            // Only plain data is in scope, plus `now` (a DateTime: now.year, now.hour, ...). Reflection onto
            // any other .NET type is refused.
            MemberFilter = member => member.DeclaringType == typeof(DateTime),
        };
        context.PushGlobal(globals);
        return context;
    }

    private static ScriptObject OutputsToScript(IReadOnlyDictionary<string, JsonObject> outputs)
    {
        var result = new ScriptObject(outputs.Count);
        foreach (var (id, value) in outputs) result.SetValue(id, ScriptValues.ToScript(value), false);
        return result;
    }

    // Scriban caps each string it builds (LimitToString) and rendered output (OutputLimit), but not
    // a value assembled from many strings ("x + x", a list of big strings), which would then bloat
    // the instance state saved on every burst. Counts roughly the characters of the value's JSON.
    private static bool Exceeds(JsonNode? node, ref long budget)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, item) in obj)
                {
                    budget -= key.Length + 1;
                    if (budget < 0 || Exceeds(item, ref budget)) return true;
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    if (Exceeds(item, ref budget)) return true;
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                budget -= value.GetValue<string>().Length;
                break;
            default:
                budget -= 8;
                break;
        }
        return budget < 0;
    }

    private static string Shorten(string text) => text.Length <= 120 ? $"'{text}'" : $"'{text[..117]}...'";
}
