namespace BcmWorkflows.Notifications.People;

/// <summary>The languages people can be addressed in (template variants, SMS answers, acknowledgement pages).</summary>
public static class Languages
{
    public const string English = "en";
    public const string ChineseSimplified = "zh-CN";

    public static IReadOnlyList<string> All { get; } = [English, ChineseSimplified];

    /// <summary>The canonical spelling of a supported language (case and <c>_</c>/<c>-</c> forgiven), or null.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var text = language.Trim().Replace('_', '-');
        return All.FirstOrDefault(l => string.Equals(l, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The supported language an HTTP <c>Accept-Language</c> header prefers (<c>zh</c>, <c>zh-Hans</c> → zh-CN), else English.</summary>
    public static string FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return English;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = part.Split(';')[0].Trim();
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return ChineseSimplified;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return English;
        }
        return English;
    }
}
