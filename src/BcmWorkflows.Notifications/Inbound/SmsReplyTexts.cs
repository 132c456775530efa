using System.Globalization;
using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Notifications.Inbound;

/// <summary>The answers to SMS replies, in English and Simplified Chinese (short: every character is billed).</summary>
public sealed class SmsReplyTexts
{
    private const int MaxListedCodes = 10;

    private SmsReplyTexts(bool chinese) => _chinese = chinese;

    private readonly bool _chinese;

    public static SmsReplyTexts For(string? language) =>
        Languages.Normalize(language) == Languages.ChineseSimplified ? Chinese : English;

    private static readonly SmsReplyTexts English = new(false), Chinese = new(true);

    public string Confirmed(string? code) => _chinese
        ? code is null ? "已确认，谢谢！" : $"已确认（{code}），谢谢！"
        : code is null ? "Confirmed. Thank you." : $"Confirmed ({code}). Thank you.";

    public string AlreadyConfirmed(string code) => _chinese ? $"代码 {code} 已经确认过了，谢谢！" : $"Code {code} was already confirmed. Thank you.";

    public string NoLongerNeeded(string code) => _chinese ? $"代码 {code} 已无需确认。" : $"Code {code} is no longer needed: nothing to confirm.";

    public string UnknownCode(string code, IReadOnlyList<string> open) =>
        (_chinese ? $"代码 {code} 不是您待确认的代码。" : $"Code {code} is not one of your open requests.") + " " + OpenCodes(open);

    public string Ambiguous(IReadOnlyList<string> open) => _chinese
        ? $"您有 {open.Count} 条消息待确认，请回复其中一个代码：{List(open)}。"
        : $"You have {open.Count} messages to confirm: reply with one of the codes {List(open)}.";

    public string NothingOpen() => _chinese ? "您目前没有需要确认的消息。" : "You have nothing to confirm right now.";

    /// <summary>For a message the grammar does not understand.</summary>
    public string NotUnderstood(IReadOnlyList<string> open) => open.Count == 0
        ? NothingOpen()
        : _chinese ? $"请回复消息中的代码以确认：{List(open)}。" : $"To confirm, reply with the code from the message: {List(open)}.";

    public string OptedOut() => _chinese ? "您将不再收到我们的短信。回复 START 可重新接收。" : "You will no longer receive SMS from us. Reply START to receive them again.";

    public string OptedIn() => _chinese ? "您将重新收到我们的短信。" : "You will receive SMS from us again.";

    public string Help() => _chinese
        ? "回复消息中的代码即可确认。回复 STOP 停止接收短信。"
        : "Reply with the code from a message to confirm it. Reply STOP to stop receiving SMS.";

    private string OpenCodes(IReadOnlyList<string> open) => open.Count == 0
        ? NothingOpen()
        : _chinese ? $"您待确认的代码：{List(open)}。" : $"Your open codes: {List(open)}.";

    private string List(IReadOnlyList<string> codes)
    {
        var shown = codes.Take(MaxListedCodes).ToList();
        var text = string.Join(_chinese ? "、" : ", ", shown);
        var more = codes.Count - shown.Count;
        return more <= 0 ? text : text + string.Format(CultureInfo.InvariantCulture, _chinese ? " 等（另有 {0} 个）" : " (+{0} more)", more);
    }
}
