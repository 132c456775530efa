using BcmWorkflows.Notifications.Sms;
using Twilio.Security;

namespace BcmWorkflows.Notifications.Tests;

/// <summary>Our signature is Twilio's: the Twilio SDK's own validator accepts what we compute, and ours rejects tampering.</summary>
public class TwilioSignatureTests
{
    private const string Token = "12345678901234567890123456789012";
    private const string Url = "https://bcm.example.org/api/sms/twilio/inbound";

    private static readonly Dictionary<string, string> Form = new()
    {
        ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
        ["From"] = "+4915112345678",
        ["To"] = "+15005550006",
        ["Body"] = "12 确认",
        ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
    };

    [Fact]
    public void The_Twilio_SDK_accepts_our_signature()
    {
        var signature = TwilioSignature.Compute(Token, Url, Form);

        Assert.True(new RequestValidator(Token).Validate(Url, Form, signature));
        Assert.True(TwilioSignature.IsValid(Token, Url, Form, signature));
    }

    [Theory]
    [InlineData("Body", "13")]
    [InlineData("From", "+4915100000000")]
    public void A_changed_parameter_invalidates_the_signature(string name, string value)
    {
        var signature = TwilioSignature.Compute(Token, Url, Form);
        var tampered = new Dictionary<string, string>(Form) { [name] = value };

        Assert.False(TwilioSignature.IsValid(Token, Url, tampered, signature));
    }

    [Fact]
    public void Another_url_a_wrong_token_or_no_signature_is_rejected()
    {
        var signature = TwilioSignature.Compute(Token, Url, Form);

        Assert.False(TwilioSignature.IsValid(Token, Url + "?x=1", Form, signature));
        Assert.False(TwilioSignature.IsValid("another-token", Url, Form, signature));
        Assert.False(TwilioSignature.IsValid(Token, Url, Form, null));
        Assert.False(TwilioSignature.IsValid(Token, Url, Form, "not base64 at all"));
    }
}
