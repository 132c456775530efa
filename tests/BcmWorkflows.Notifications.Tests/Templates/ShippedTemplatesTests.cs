using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>
/// The shipped templates are data and are tested as data: every key found in <c>templates/</c> has its documentation,
/// its sample model and every file, and renders that sample on both channels in both languages.
/// </summary>
public sealed class ShippedTemplatesTests(ShippedTemplatesFixture fixture) : IClassFixture<ShippedTemplatesFixture>
{
    private static readonly string[] FileNames = TemplateNames.MessageBaseNames
        .SelectMany(name => TemplateNames.Languages.Select(language => TemplateNames.FileName(name, language == TemplateNames.DefaultLanguage ? null : language)))
        .ToArray();

    /// <summary>Every message folder under <c>templates/</c>: a new key is tested without touching this class (document templates: <see cref="DocumentTemplatesTests"/>).</summary>
    private static List<string> KeyNames() =>
        Directory.EnumerateDirectories(RepoPaths.Templates)
            .Where(d => !File.Exists(Path.Combine(d, TemplateNames.FileName(TemplateNames.DocumentHtml, null))))
            .Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Keys() => new(KeyNames());

    public static TheoryData<string, Channel, string> Renders()
    {
        var data = new TheoryData<string, Channel, string>();
        foreach (var key in KeyNames())
        {
            foreach (var channel in Enum.GetValues<Channel>())
                foreach (var language in TemplateNames.Languages) data.Add(key, channel, language);
        }
        return data;
    }

    private static JsonObject Sample(string key) =>
        Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, key, "sample.json"))));

    [Fact]
    public void The_documented_keys_are_shipped_and_indexed()
    {
        var index = File.ReadAllText(Path.Combine(RepoPaths.Templates, "README.md"));
        var keys = KeyNames();

        foreach (var key in new[] { "incident-page", "calltree-message", "escalation-notice", "task-assigned", "training-reminder" })
        {
            Assert.Contains(key, keys);
        }
        foreach (var key in keys) Assert.Contains($"[`{key}`]({key}/README.md)", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_has_a_readme_a_sample_model_and_every_file_in_both_languages(string key)
    {
        var folder = Path.Combine(RepoPaths.Templates, key);

        Assert.True(TemplateNames.IsValidKey(key), $"'{key}' is not a valid key");
        Assert.True(File.Exists(Path.Combine(folder, "README.md")), $"{key}/README.md is missing");
        var sample = Sample(key);
        Assert.True(sample["recipient"] is JsonObject && sample["ack"] is JsonObject, $"{key}/sample.json lacks recipient or ack");
        var missing = FileNames.Where(name => !File.Exists(Path.Combine(folder, name))).ToList();
        Assert.True(missing.Count == 0, $"{key} lacks {string.Join(", ", missing)}");
        var stray = Directory.EnumerateFiles(folder).Select(Path.GetFileName)
            .Where(name => name is not ("README.md" or "sample.json") && !FileNames.Contains(name)).ToList();
        Assert.True(stray.Count == 0, $"{key} has files that are not templates: {string.Join(", ", stray)}");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_field_of_the_sample_model_is_documented_in_the_readme(string key)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Templates, key, "README.md"));
        var undocumented = new List<string>();
        foreach (var (name, value) in Sample(key))
        {
            if (name is "recipient" or "ack")
            {
                if (!readme.Contains($"`{name}", StringComparison.Ordinal)) undocumented.Add(name);
                continue;
            }
            var paths = value is JsonObject fields ? fields.Select(f => $"{name}.{f.Key}") : [name];
            undocumented.AddRange(paths.Where(path => !readme.Contains($"`{path}`", StringComparison.Ordinal)));
        }
        Assert.True(undocumented.Count == 0, $"{key}/README.md does not document {string.Join(", ", undocumented)}");
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public async Task Every_key_renders_its_sample_model(string key, Channel channel, string language)
    {
        var sample = Sample(key);

        var message = await fixture.Host.RenderAsync(TemplateSource.ForKey(key), channel, language, sample);

        Assert.Equal(language, message.Language);
        Assert.Equal(TemplateOrigin.Shipped, message.Source);
        foreach (var text in new[] { message.Subject, message.Body, message.Html }.OfType<string>())
        {
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
        }
        if (channel == Channel.Sms)
        {
            Assert.False(string.IsNullOrWhiteSpace(message.Body));
            Assert.Null(message.Subject);
            Assert.Equal(language == "zh-CN" ? SmsEncoding.Ucs2 : SmsEncoding.Gsm7, message.Encoding);
            Assert.InRange(message.Segments, 1, language == "zh-CN" ? 3 : 2);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(message.Subject));
            Assert.DoesNotContain('\n', message.Subject);
            Assert.Contains(sample["recipient"]!["name"]!.GetValue<string>(), message.Body, StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>", message.Html, StringComparison.Ordinal);
            Assert.Contains($"<html lang=\"{language}\">", message.Html, StringComparison.Ordinal);
            Assert.Null(message.Encoding);
        }
    }

    /// <summary>Keys whose SMS asks for confirmation (task and training messages do not).</summary>
    public static TheoryData<string> KeysAskingForConfirmation()
    {
        var data = new TheoryData<string>();
        foreach (var key in KeyNames())
        {
            if (File.ReadAllText(Path.Combine(RepoPaths.Templates, key, "sms.sbn")).Contains("ack.code", StringComparison.Ordinal)) data.Add(key);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KeysAskingForConfirmation))]
    public async Task Asking_for_confirmation_shows_the_reply_code_else_the_link(string key)
    {
        var sample = Sample(key);
        sample["ack"] = new JsonObject { ["required"] = true, ["code"] = "42", ["url"] = "https://bcm.test/ack/t0k3n", ["expires_at"] = "2026-03-02T09:00:00Z" };
        var withCode = await fixture.Host.RenderAsync(TemplateSource.ForKey(key), Channel.Sms, "en", sample);
        sample["ack"]!["code"] = null;
        var withLink = await fixture.Host.RenderAsync(TemplateSource.ForKey(key), Channel.Sms, "zh-CN", sample);
        var email = await fixture.Host.RenderAsync(TemplateSource.ForKey(key), Channel.Email, "en", sample);
        sample["ack"]!["required"] = false;
        var notAsked = await fixture.Host.RenderAsync(TemplateSource.ForKey(key), Channel.Sms, "en", sample);

        Assert.Contains("Reply 42 to confirm", withCode.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("https://bcm.test/ack/t0k3n", withCode.Body, StringComparison.Ordinal);
        Assert.Contains("https://bcm.test/ack/t0k3n", withLink.Body, StringComparison.Ordinal);
        Assert.Contains("https://bcm.test/ack/t0k3n", email.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"https://bcm.test/ack/t0k3n\"", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://bcm.test/ack/t0k3n", notAsked.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", notAsked.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Markup_in_any_model_value_cannot_inject_html_into_the_email(string key)
    {
        var hostile = (JsonObject)Hostile(Sample(key))!;

        foreach (var language in TemplateNames.Languages)
        {
            var message = await fixture.Host.RenderAsync(TemplateSource.ForKey(key), Channel.Email, language, hostile);

            Assert.DoesNotContain("<script", message.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", message.Html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", message.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("&amp;lt;", message.Html, StringComparison.Ordinal);
        }
    }

    // Every string of the model becomes markup: a template that forgets to encode any field shows it.
    private static JsonNode? Hostile(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Hostile(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Hostile).ToArray()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            JsonValue.Create("<script>alert('x')</script><img src=x onerror=alert(1)>"),
        _ => node?.DeepClone(),
    };
}
