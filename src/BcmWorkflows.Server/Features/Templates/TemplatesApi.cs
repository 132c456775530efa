namespace BcmWorkflows.Server.Features.Templates;

/// <summary>
/// <c>/api/templates</c>: preview (any signed-in user), the shipped templates with coordinators' overrides (read by
/// anyone signed in, written with <see cref="Auth.Policies.Design"/>).
/// </summary>
public static class TemplatesApi
{
    public static RouteGroupBuilder MapTemplatesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/templates").WithTags("Templates");
        PreviewTemplate.Map(group);
        ReadTemplates.Map(group);
        SaveTemplateFile.Map(group);
        RevertTemplateFile.Map(group);
        return api;
    }

    /// <summary>How the API spells a <see cref="Notifications.Templates.TemplateOrigin"/>: <c>shipped</c>, <c>override</c>, <c>inline</c>.</summary>
    public static string Spell(Notifications.Templates.TemplateOrigin origin) => origin.ToString().ToLowerInvariant();

    /// <summary>The file name from the URL, canonical (<c>sms.zh-cn.sbn</c> → <c>sms.zh-CN.sbn</c>), or a 400 naming it.</summary>
    public static string RequireFile(string file)
    {
        if (!Notifications.Templates.TemplateNames.TryParseFile(file, out var baseName, out var language))
            throw Errors.RequestValidationException.For("file",
                $"'{file}' is not a template file: use email.subject, email.txt, email.html or sms, optionally with .en or .zh-CN, and .sbn (e.g. sms.zh-CN.sbn).");
        return Notifications.Templates.TemplateNames.FileName(baseName, language);
    }

    /// <summary>A 400 naming <c>key</c> unless it is a valid key.</summary>
    public static string RequireKey(string key) =>
        Notifications.Templates.TemplateNames.IsValidKey(key) ? key
            : throw Errors.RequestValidationException.For("key", $"'{key}' is not a template key: lower-case letters, digits and inner hyphens, at most 100 characters.");
}
