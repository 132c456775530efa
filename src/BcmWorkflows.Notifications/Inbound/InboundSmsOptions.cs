namespace BcmWorkflows.Notifications.Inbound;

/// <summary><c>Bcm:Sms:Inbound:*</c>.</summary>
public sealed class InboundSmsOptions
{
    public const string SectionName = "Bcm:Sms:Inbound";

    /// <summary>
    /// Whether we answer STOP/START/UNSTOP/HELP (and YES from an opted-out phone) ourselves. Default false: Twilio's
    /// default opt-out handling already answers these keywords (and blocks messages to opted-out numbers, so an answer
    /// to STOP would fail with error 21610 anyway). Set true when opt-out handling is turned off at Twilio (e.g. a
    /// messaging service with its own, or a carrier that leaves it to the sender).
    /// </summary>
    public bool AnswerKeywords { get; set; }
}
