using MailKit.Security;

namespace BcmWorkflows.Notifications.Email;

/// <summary>The values of <c>Bcm:Email:Smtp:Security</c> and what MailKit does with each.</summary>
public static class SmtpSecurity
{
    private static readonly Dictionary<string, SecureSocketOptions> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        // STARTTLS when the server offers it, SSL on connect on port 465, plain otherwise.
        ["Auto"] = SecureSocketOptions.Auto,
        ["None"] = SecureSocketOptions.None,
        ["StartTls"] = SecureSocketOptions.StartTls,
        ["SslOnConnect"] = SecureSocketOptions.SslOnConnect,
    };

    public static IReadOnlyCollection<string> Names => Values.Keys;

    public static bool IsValid(string? value) => value is not null && Values.ContainsKey(value);

    /// <summary>MailKit's option for a configured value; throws for an unknown one (options validation reports it first).</summary>
    public static SecureSocketOptions Parse(string value) =>
        Values.TryGetValue(value, out var option)
            ? option
            : throw new ArgumentException($"Bcm:Email:Smtp:Security must be one of {string.Join(", ", Values.Keys)}.", nameof(value));
}
