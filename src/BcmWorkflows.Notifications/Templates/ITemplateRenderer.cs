using System.Text.Json.Nodes;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>Renders notification templates, sandboxed (no file system, no .NET objects, loop/recursion/time limits).</summary>
public interface ITemplateRenderer
{
    /// <summary>
    /// Renders <paramref name="source"/> for <paramref name="channel"/> in <paramref name="language"/> (variant file
    /// <c>sms.zh-CN.sbn</c> first, then <c>sms.sbn</c>) with <paramref name="model"/> as the only data in scope.
    /// SMS: <c>sms.sbn</c>, with encoding and segments measured. Email: <c>email.subject.sbn</c>, <c>email.txt.sbn</c>,
    /// <c>email.html.sbn</c> (text or html may be absent, not both). Throws <see cref="TemplateRenderException"/>.
    /// </summary>
    Task<RenderedMessage> RenderAsync(TemplateSource source, Channel channel, string language, JsonObject model, CancellationToken cancellationToken);
}
