using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Server.Features.Acknowledgements;

/// <summary>The words of the acknowledgement pages in English and Simplified Chinese.</summary>
public sealed record AckPageTexts(string Heading, string Message, string? Button = null, string? Note = null)
{
    public static AckPageTexts For(AckPageKind kind, string language) =>
        Languages.Normalize(language) == Languages.ChineseSimplified ? Chinese(kind) : English(kind);

    /// <summary>The title shown in the browser tab, after the heading.</summary>
    public static string SiteName(string language) =>
        Languages.Normalize(language) == Languages.ChineseSimplified ? "业务连续性通知" : "Business continuity notification";

    private static AckPageTexts English(AckPageKind kind) => kind switch
    {
        AckPageKind.Confirm => new("Please confirm", "Confirm that you received this message:", "Confirm",
            "Opening this page does not confirm anything: press the button."),
        AckPageKind.Confirmed => new("Thank you", "Your confirmation has been recorded."),
        AckPageKind.AlreadyConfirmed => new("Already confirmed", "This message has already been confirmed. Nothing else is needed."),
        AckPageKind.Invalid => new("Link not valid",
            "This link is damaged or incomplete. Open it again from the original message, or copy the whole link."),
        AckPageKind.Expired => new("Link expired",
            "This link has expired, so it can no longer confirm the message. If you still need to respond, contact your coordinator."),
        AckPageKind.NotFound => new("Message not found", "There is no message for this link any more."),
        _ => new("No longer needed", "A confirmation of this message is no longer needed. Thank you."),
    };

    private static AckPageTexts Chinese(AckPageKind kind) => kind switch
    {
        AckPageKind.Confirm => new("请确认", "请确认您已收到以下消息：", "确认", "打开本页面不会自动确认，请点击按钮。"),
        AckPageKind.Confirmed => new("谢谢", "您的确认已记录。"),
        AckPageKind.AlreadyConfirmed => new("已确认", "此消息已经确认过了，无需其他操作。"),
        AckPageKind.Invalid => new("链接无效", "此链接已损坏或不完整。请从原始消息中重新打开，或复制完整链接。"),
        AckPageKind.Expired => new("链接已过期", "此链接已过期，无法再用于确认。如仍需回复，请联系您的协调人。"),
        AckPageKind.NotFound => new("未找到消息", "此链接对应的消息已不存在。"),
        _ => new("无需确认", "此消息已不再需要确认。谢谢！"),
    };
}
