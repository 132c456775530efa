using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Sms;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// <see cref="ITemplateRenderer"/> on Scriban: a key's files come from the <see cref="TemplateCatalog"/> (override or
/// shipped, language variant or plain file), each rendered in the <see cref="ScribanSandbox"/>. Output is tidied for
/// its channel: the subject is one trimmed line, SMS and text bodies are trimmed, SMS text is measured
/// (<see cref="SmsEncoding"/>). Inline text is the SMS text or the email's text body (with an optional inline subject;
/// no HTML part).
/// </summary>
public sealed class ScribanTemplateRenderer(TemplateCatalog catalog, ScribanSandbox sandbox, IOptions<TemplateOptions> options) : ITemplateRenderer
{
    public const string InlineTextFile = "text";
    public const string InlineSubjectFile = "subject";

    public async Task<RenderedMessage> RenderAsync(TemplateSource source, Channel channel, string language, JsonObject model, CancellationToken cancellationToken)
    {
        language = TemplateNames.NormalizeLanguage(language) ?? TemplateNames.DefaultLanguage;
        if (source.Key is not { } key) return RenderInline(source, channel, model, cancellationToken);

        var files = await catalog.FindAsync(key, cancellationToken)
            ?? throw new TemplateRenderException(key, TemplateNames.FileName(channel == Channel.Sms ? TemplateNames.Sms : TemplateNames.EmailSubject, null), 1, 1,
                $"There is no template '{key}': no shipped folder templates/{key}/ and no override.");
        return channel == Channel.Sms
            ? RenderSms(key, files, language, model, cancellationToken)
            : RenderEmail(key, files, language, model, cancellationToken);
    }

    /// <summary>
    /// Renders a document template's <c>document.html</c> (its <paramref name="language"/> variant, else the plain
    /// file) with HTML encoding and the document output limit. A missing key or file, or a failing template, throws
    /// <see cref="TemplateRenderException"/>.
    /// </summary>
    public async Task<RenderedDocument> RenderDocumentAsync(string key, string language, JsonObject model, CancellationToken cancellationToken)
    {
        language = TemplateNames.NormalizeLanguage(language) ?? TemplateNames.DefaultLanguage;
        var files = await catalog.FindAsync(key, cancellationToken)
            ?? throw new TemplateRenderException(key, TemplateNames.FileName(TemplateNames.DocumentHtml, null), 1, 1,
                $"There is no template '{key}': no shipped folder templates/{key}/ and no override.");
        var file = Require(key, files, TemplateNames.DocumentHtml, language);
        var html = sandbox.Render(key, file.Name, file.Content, model, html: true, options.Value.DocumentOutputLimit, cancellationToken).Trim();
        return new RenderedDocument(html, LanguageOf(file), Origin([file]));
    }

    private RenderedMessage RenderSms(string key, TemplateFileSet files, string language, JsonObject model, CancellationToken cancellationToken)
    {
        var file = Require(key, files, TemplateNames.Sms, language);
        var body = Render(key, file, model, html: false, cancellationToken).Trim();
        return Sms(body, LanguageOf(file), Origin([file]));
    }

    private RenderedMessage RenderEmail(string key, TemplateFileSet files, string language, JsonObject model, CancellationToken cancellationToken)
    {
        var subjectFile = Require(key, files, TemplateNames.EmailSubject, language);
        var textFile = files.Resolve(TemplateNames.EmailText, language);
        var htmlFile = files.Resolve(TemplateNames.EmailHtml, language);
        if (textFile is null && htmlFile is null)
            throw new TemplateRenderException(key, TemplateNames.FileName(TemplateNames.EmailText, null), 1, 1,
                $"Template '{key}' has neither {TemplateNames.FileName(TemplateNames.EmailText, null)} nor {TemplateNames.FileName(TemplateNames.EmailHtml, null)}.");

        var subject = OneLine(Render(key, subjectFile, model, html: false, cancellationToken));
        var text = textFile is null ? null : Render(key, textFile, model, html: false, cancellationToken).Trim();
        var html = htmlFile is null ? null : Render(key, htmlFile, model, html: true, cancellationToken).Trim();
        var used = new[] { subjectFile, textFile, htmlFile }.OfType<TemplateFile>().ToList();
        return new RenderedMessage
        {
            Subject = subject,
            Body = text ?? "",
            Html = html,
            Language = LanguageOf(textFile ?? htmlFile!),
            Source = Origin(used),
        };
    }

    private RenderedMessage RenderInline(TemplateSource source, Channel channel, JsonObject model, CancellationToken cancellationToken)
    {
        var text = source.Text ?? throw new ArgumentException("A template source needs a key or inline text.", nameof(source));
        var body = sandbox.Render(source.Name, InlineTextFile, text, model, html: false, cancellationToken).Trim();
        if (channel == Channel.Sms) return Sms(body, TemplateNames.DefaultLanguage, TemplateOrigin.Inline);
        var subject = source.Subject is null ? null
            : OneLine(sandbox.Render(source.Name, InlineSubjectFile, source.Subject, model, html: false, cancellationToken));
        return new RenderedMessage { Subject = subject, Body = body, Language = TemplateNames.DefaultLanguage, Source = TemplateOrigin.Inline };
    }

    private static RenderedMessage Sms(string body, string language, TemplateOrigin origin)
    {
        var measure = SmsEncoding.Measure(body);
        return new RenderedMessage { Body = body, Encoding = measure.Encoding, Segments = measure.Segments, Language = language, Source = origin };
    }

    private string Render(string key, TemplateFile file, JsonObject model, bool html, CancellationToken cancellationToken) =>
        sandbox.Render(key, file.Name, file.Content, model, html, cancellationToken);

    private static TemplateFile Require(string key, TemplateFileSet files, string baseName, string language) =>
        files.Resolve(baseName, language)
        ?? throw new TemplateRenderException(key, TemplateNames.FileName(baseName, null), 1, 1,
            $"Template '{key}' has no {TemplateNames.FileName(baseName, null)} (nor {TemplateNames.FileName(baseName, language)}).");

    private static string LanguageOf(TemplateFile file) =>
        TemplateNames.TryParseFile(file.Name, out _, out var variant) && variant is not null ? variant : TemplateNames.DefaultLanguage;

    private static TemplateOrigin Origin(IEnumerable<TemplateFile> used) =>
        used.Any(f => f.Origin == TemplateOrigin.Override) ? TemplateOrigin.Override : TemplateOrigin.Shipped;

    // A subject is one header line: line breaks in the rendered text become single spaces.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
