using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace BcmWorkflows.Notifications.People;

/// <summary>
/// Checks email addresses: MimeKit must read the text as exactly one mailbox and nothing else (no display name, no
/// group), and it must look like <c>local@domain.tld</c> — what mail servers deliver to, not everything RFC 5322 allows.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    /// <summary>True and the trimmed address when <paramref name="input"/> is a usable address; otherwise false and why.</summary>
    public static bool TryNormalize(string input, [NotNullWhen(true)] out string? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        var text = input.Trim();
        if (text.Length == 0)
        {
            error = "An email address is required here.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"An email address has at most {MaxLength} characters.";
            return false;
        }
        if (!MailboxAddress.TryParse(ParserOptions.Default, text, out var mailbox) || mailbox.Address != text || !LooksDeliverable(text))
        {
            error = $"'{input}' is not an email address (expected name@example.org).";
            return false;
        }
        address = text;
        error = null;
        return true;
    }

    private static bool LooksDeliverable(string text)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at > 64) return false;
        var domain = text[(at + 1)..];
        if (domain.Length < 3 || !domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
            return false;
        return !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or ',' or ';');
    }
}
