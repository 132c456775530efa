using System.Text.Json.Nodes;
using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BcmWorkflows.Server.Features.Templates;

/// <summary>
/// <c>POST /api/templates/preview</c>: renders a template key (shipped or overridden) or, when <c>template</c> is not a
/// known key, the text itself, for one channel and language → subject, body, HTML, and for SMS the encoding, segments
/// and characters. Without a model a key's <c>sample.json</c> is used; <c>subject</c> is inline text's email subject
/// (a key has its own). A template that does not parse or render is a
/// 400 naming the template, file, line and column. Nothing is stored or sent.
/// </summary>
public static class PreviewTemplate
{
    public sealed record Request(string? Template, string? Channel, string? Language, JsonNode? Model, string? Subject);

    public sealed record Response(
        string Template, string Source, string Channel, string Language, string? Subject, string Body, string? Html,
        string? Encoding, int? Segments, int? Characters);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/preview", Handle)
            .WithSummary("Render a template key or inline Scriban text with a model, without sending anything.");

    private static async Task<Ok<Response>> Handle(HttpRequest http, TemplateCatalog catalog, ITemplateRenderer renderer, CancellationToken cancellationToken)
    {
        var request = await JsonBody.ReadAsync<Request>(http, cancellationToken);
        var (channel, language, model) = Validate(request);
        var text = request.Template!;

        var known = TemplateNames.IsValidKey(text) ? await catalog.FindAsync(text, cancellationToken) : null;
        var source = known is null ? TemplateSource.Inline(text, request.Subject) : TemplateSource.ForKey(text);
        model ??= known?.Sample() ?? [];

        var rendered = await renderer.RenderAsync(source, channel, language, model, cancellationToken);
        var measure = channel == Channel.Sms ? SmsEncoding.Measure(rendered.Body) : null;
        return TypedResults.Ok(new Response(source.Name, TemplatesApi.Spell(rendered.Source),
            channel.ToString(), rendered.Language, rendered.Subject, rendered.Body, rendered.Html,
            measure?.Encoding, measure?.Segments, measure?.Characters));
    }

    private static (Channel Channel, string Language, JsonObject? Model) Validate(Request request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Template))
            errors["$.template"] = ["A template key or inline Scriban text is required."];
        else if (request.Template.Length > 100_000)
            errors["$.template"] = ["Inline text is limited to 100,000 characters."];

        Channel channel = default;
        if (request.Channel is null || !Enum.TryParse(request.Channel, ignoreCase: true, out channel) || !Enum.IsDefined(channel))
            errors["$.channel"] = [$"Use Sms or Email{(request.Channel is null ? "" : $", not '{request.Channel}'")}."];

        var language = request.Language is null ? TemplateNames.DefaultLanguage : TemplateNames.NormalizeLanguage(request.Language);
        if (language is null) errors["$.language"] = [$"Use {string.Join(" or ", TemplateNames.Languages)}, not '{request.Language}'."];

        if (request.Model is not (null or JsonObject))
            errors["$.model"] = ["The model must be a JSON object."];

        if (errors.Count > 0) throw new RequestValidationException("The preview request is not valid.", errors);
        return (channel, language!, request.Model as JsonObject);
    }
}
