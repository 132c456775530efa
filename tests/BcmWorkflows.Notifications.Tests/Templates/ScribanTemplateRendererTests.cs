using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>The renderer on a templates folder of its own: language resolution, channels, inline text, missing files.</summary>
public sealed class ScribanTemplateRendererTests : IAsyncLifetime
{
    private readonly TemplateFolder _folder = new TemplateFolder()
        .With("both", "sms.sbn", "EN {{ name }}\n")
        .With("both", "sms.zh-CN.sbn", "ZH {{ name }}\n")
        .With("both", "email.subject.sbn", "Subject for\n  {{ name }}\n")
        .With("both", "email.txt.sbn", "EN text {{ name }}\n")
        .With("both", "email.txt.zh-CN.sbn", "ZH text {{ name }}\n")
        .With("en-variant", "sms.sbn", "plain")
        .With("en-variant", "sms.en.sbn", "english variant")
        .With("plain", "sms.sbn", "plain {{ name }}")
        .With("html-only", "email.subject.sbn", "Hi")
        .With("html-only", "email.html.sbn", "<p>{{ name }}</p>")
        .With("html-only", "notes.sbn", "not a template file: skipped")
        .With("html-only", "sms.fr.sbn", "unsupported language: skipped")
        .With("Not_A_Key", "sms.sbn", "skipped");

    private TemplatesHost _host = null!;

    private static JsonObject Model() => new() { ["name"] = "Ana <Lee>" };

    public async Task InitializeAsync() => _host = await TemplatesHost.StartAsync(TestDatabase.Sqlite, _folder.Path);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private Task<RenderedMessage> RenderAsync(string key, Channel channel, string language) =>
        _host.RenderAsync(TemplateSource.ForKey(key), channel, language, Model());

    [Theory]
    [InlineData("zh-CN", "ZH Ana <Lee>", "zh-CN")]
    [InlineData("zh-cn", "ZH Ana <Lee>", "zh-CN")]
    [InlineData("en", "EN Ana <Lee>", "en")]
    [InlineData("fr", "EN Ana <Lee>", "en")]
    public async Task A_language_variant_is_used_when_it_exists(string language, string body, string used)
    {
        var message = await RenderAsync("both", Channel.Sms, language);

        Assert.Equal((body, used, TemplateOrigin.Shipped), (message.Body, message.Language, message.Source));
        Assert.Equal((SmsEncoding.Gsm7, 1), (message.Encoding, message.Segments));
    }

    [Fact]
    public async Task Without_a_variant_the_plain_file_is_used_and_the_language_says_so()
    {
        var message = await RenderAsync("plain", Channel.Sms, "zh-CN");

        Assert.Equal(("plain Ana <Lee>", "en"), (message.Body, message.Language));
    }

    [Fact]
    public async Task An_explicit_en_variant_wins_over_the_plain_file_for_english()
    {
        Assert.Equal("english variant", (await RenderAsync("en-variant", Channel.Sms, "en")).Body);
        Assert.Equal("plain", (await RenderAsync("en-variant", Channel.Sms, "zh-CN")).Body);
    }

    [Fact]
    public async Task An_email_mixes_variant_and_plain_files_file_by_file()
    {
        var message = await RenderAsync("both", Channel.Email, "zh-CN");

        Assert.Equal("Subject for Ana <Lee>", message.Subject);
        Assert.Equal("ZH text Ana <Lee>", message.Body);
        Assert.Null(message.Html);
        Assert.Equal("zh-CN", message.Language);
        Assert.Null(message.Encoding);
    }

    [Fact]
    public async Task An_email_with_only_an_html_part_has_an_empty_text_body()
    {
        var message = await RenderAsync("html-only", Channel.Email, "en");

        Assert.Equal(("Hi", "", "<p>Ana &lt;Lee&gt;</p>"), (message.Subject, message.Body, message.Html));
    }

    [Fact]
    public async Task A_missing_file_names_the_file_the_channel_needs()
    {
        var sms = await Assert.ThrowsAsync<TemplateRenderException>(() => RenderAsync("html-only", Channel.Sms, "zh-CN"));
        var email = await Assert.ThrowsAsync<TemplateRenderException>(() => RenderAsync("plain", Channel.Email, "en"));

        Assert.Equal(("html-only", "sms.sbn"), (sms.Template, sms.File));
        Assert.Contains("has no sms.sbn (nor sms.zh-CN.sbn)", sms.Problem, StringComparison.Ordinal);
        Assert.Equal(("plain", "email.subject.sbn"), (email.Template, email.File));
    }

    [Fact]
    public async Task An_unknown_key_is_a_template_error_naming_it()
    {
        var ex = await Assert.ThrowsAsync<TemplateRenderException>(() => RenderAsync("no-such-key", Channel.Sms, "en"));

        Assert.Equal("no-such-key", ex.Template);
        Assert.Contains("There is no template 'no-such-key'", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folders_that_are_not_keys_and_files_that_are_not_templates_are_skipped()
    {
        var keys = await _host.CatalogAsync(c => c.ListAsync(CancellationToken.None));

        Assert.Equal(["both", "en-variant", "html-only", "plain"], keys.Select(k => k.Key));
        Assert.Equal(["email.html.sbn", "email.subject.sbn"], keys.Single(k => k.Key == "html-only").Files.Keys);
        Assert.Equal(["en", "zh-CN"], keys.Single(k => k.Key == "both").Languages);
        Assert.Equal(["en"], keys.Single(k => k.Key == "plain").Languages);
    }

    [Fact]
    public async Task Inline_text_renders_as_sms_with_its_measure()
    {
        var message = await _host.RenderAsync(TemplateSource.Inline("  确认 {{ name }}  "), Channel.Sms, "zh-CN", Model());

        Assert.Equal(("确认 Ana <Lee>", TemplateOrigin.Inline, "en"), (message.Body, message.Source, message.Language));
        Assert.Equal((SmsEncoding.Ucs2, 1), (message.Encoding, message.Segments));
    }

    [Fact]
    public async Task Inline_text_renders_as_an_email_with_its_inline_subject()
    {
        var message = await _host.RenderAsync(TemplateSource.Inline("Body {{ name }}", "Subject {{ name }}"), Channel.Email, "en", Model());

        Assert.Equal(("Subject Ana <Lee>", "Body Ana <Lee>", null), (message.Subject, message.Body, message.Html));
    }

    [Fact]
    public async Task An_inline_parse_error_names_the_inline_part()
    {
        var text = await Assert.ThrowsAsync<TemplateRenderException>(() =>
            _host.RenderAsync(TemplateSource.Inline("ok\n{{ if }}"), Channel.Sms, "en", Model()));
        var subject = await Assert.ThrowsAsync<TemplateRenderException>(() =>
            _host.RenderAsync(TemplateSource.Inline("ok", "{{ 1 + }}"), Channel.Email, "en", Model()));

        Assert.Equal(("inline", "text", 2), (text.Template, text.File, text.Line));
        Assert.Equal(("inline", "subject", 1), (subject.Template, subject.File, subject.Line));
    }
}
