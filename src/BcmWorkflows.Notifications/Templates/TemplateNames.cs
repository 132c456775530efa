using System.Text.RegularExpressions;

namespace BcmWorkflows.Notifications.Templates;

/// <summary>
/// The names of template keys, files and languages. A key is a folder name (<c>incident-page</c>); a file is one of
/// <see cref="BaseNames"/> with an optional language and the <c>.sbn</c> extension (<c>sms.sbn</c>,
/// <c>sms.zh-CN.sbn</c>); a language is one of <see cref="Languages"/>.
/// </summary>
public static partial class TemplateNames
{
    public const string Sms = "sms";
    public const string EmailSubject = "email.subject";
    public const string EmailText = "email.txt";
    public const string EmailHtml = "email.html";
    /// <summary>A whole HTML document (a plan document), rendered with HTML encoding like <see cref="EmailHtml"/>.</summary>
    public const string DocumentHtml = "document.html";
    public const string DefaultLanguage = "en";
    public const string Extension = ".sbn";

    /// <summary>The files a message template (email and SMS) has, without language or extension.</summary>
    public static IReadOnlyList<string> MessageBaseNames { get; } = [EmailSubject, EmailText, EmailHtml, Sms];

    /// <summary>The files a document template has (a key holds either message files or document files).</summary>
    public static IReadOnlyList<string> DocumentBaseNames { get; } = [DocumentHtml];

    /// <summary>The files a key may have, without language or extension.</summary>
    public static IReadOnlyList<string> BaseNames { get; } = [.. MessageBaseNames, .. DocumentBaseNames];

    /// <summary>The languages people can have, in the order lists show them.</summary>
    public static IReadOnlyList<string> Languages { get; } = [DefaultLanguage, "zh-CN"];

    /// <summary>Lower-case letters, digits and inner hyphens, at most 100 characters: safe as a folder name.</summary>
    public static bool IsValidKey(string? key) => key is { Length: > 0 and <= 100 } && KeyPattern().IsMatch(key);

    /// <summary>The supported language spelled canonically (<c>zh-cn</c> → <c>zh-CN</c>), or null when unsupported.</summary>
    public static string? NormalizeLanguage(string? language) =>
        Languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>sms</c> + <c>zh-CN</c> → <c>sms.zh-CN.sbn</c>; no language → <c>sms.sbn</c>.</summary>
    public static string FileName(string baseName, string? language) =>
        language is null ? baseName + Extension : $"{baseName}.{language}{Extension}";

    /// <summary>
    /// Splits a file name into its base name and language (null for the file without a variant). False for names
    /// that are not template files, including unsupported languages.
    /// </summary>
    public static bool TryParseFile(string? file, out string baseName, out string? language)
    {
        baseName = "";
        language = null;
        if (file is null || !file.EndsWith(Extension, StringComparison.Ordinal)) return false;
        var stem = file[..^Extension.Length];
        foreach (var name in BaseNames)
        {
            if (stem == name)
            {
                baseName = name;
                return true;
            }
            if (stem.StartsWith(name + ".", StringComparison.Ordinal) && NormalizeLanguage(stem[(name.Length + 1)..]) is { } variant)
            {
                baseName = name;
                language = variant;
                return true;
            }
        }
        return false;
    }

    /// <summary>The file names tried for <paramref name="baseName"/> in <paramref name="language"/>, best first.</summary>
    public static IEnumerable<string> Candidates(string baseName, string language)
    {
        yield return FileName(baseName, language);
        yield return FileName(baseName, null);
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
