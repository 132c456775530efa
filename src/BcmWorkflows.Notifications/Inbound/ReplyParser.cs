using System.Text;
using System.Text.RegularExpressions;

namespace BcmWorkflows.Notifications.Inbound;

/// <summary>
/// The SMS reply grammar, a pure function of the message text. The text is normalised first: Unicode compatibility
/// forms (full-width <c>１２</c>, <c>ＹＥＳ</c> become ASCII), surrounding spaces, quotes (<c>"12"</c>, <c>'12'</c>,
/// <c>“12”</c>, <c>「12」</c>) and trailing punctuation (<c>OK.</c>, <c>收到！</c>) are dropped, letters upper-cased.
/// Keywords only count as the whole message: "stop the alarm" is not an opt-out.
/// </summary>
public static partial class ReplyParser
{
    private const string Quotes = "\"'`“”‘’„‚«»‹›「」『』";
    private const string TrailingPunctuation = ".!?。！？,，;；:：";

    public static IReadOnlySet<string> ConfirmWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "1", "Y", "YES", "OK", "ACK", "确认", "收到" };

    /// <summary>Opt-out keywords (Twilio's and the CTIA list, plus 退订, the Chinese "unsubscribe").</summary>
    public static IReadOnlySet<string> OptOutWords { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "退订" };

    public static IReadOnlySet<string> OptInWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "START", "UNSTOP" };

    public static IReadOnlySet<string> HelpWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "HELP", "INFO" };

    public static SmsReply Parse(string? body)
    {
        var text = Normalize(body ?? "");
        if (text.Length == 0) return new SmsReply(ReplyKind.Other, text);
        if (ConfirmWords.Contains(text)) return new SmsReply(ReplyKind.Confirm, text);
        if (OptOutWords.Contains(text)) return new SmsReply(ReplyKind.OptOut, text);
        if (OptInWords.Contains(text)) return new SmsReply(ReplyKind.OptIn, text);
        if (HelpWords.Contains(text)) return new SmsReply(ReplyKind.Help, text);

        var match = CodeWithWords().Match(text);
        if (match.Success && IsConfirmWordOrNothing(match.Groups["before"].Value) && IsConfirmWordOrNothing(match.Groups["after"].Value))
            return new SmsReply(ReplyKind.Code, text, match.Groups["code"].Value);
        return new SmsReply(ReplyKind.Other, text);
    }

    /// <summary>The text as the grammar sees it (see the class summary).</summary>
    public static string Normalize(string body)
    {
        var text = body.Normalize(NormalizationForm.FormKC).Trim();
        string previous;
        do
        {
            previous = text;
            text = text.TrimEnd(TrailingPunctuation.ToCharArray()).Trim(Quotes.ToCharArray()).Trim();
        }
        while (text != previous);
        return text.ToUpperInvariant();
    }

    private static bool IsConfirmWordOrNothing(string word) => word.Length == 0 || (word != "1" && ConfirmWords.Contains(word));

    // A code is 2 to 6 ASCII digits (no leading zero), alone or with a confirm word before or after it.
    [GeneratedRegex(@"^(?<before>[^\d\s]*)\s*(?<code>[1-9][0-9]{1,5})\s*(?<after>[^\d\s]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWithWords();
}
