using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Notifications.Tests.People;

public class PhoneNumberNormalizerTests
{
    private static readonly PhoneNumberNormalizer International = new((string?)null);
    private static readonly PhoneNumberNormalizer German = new("de");

    [Theory]
    [InlineData("+49 151 1234 5678", "+4915112345678")]
    [InlineData("+49 (0)151-1234-5678", "+4915112345678")]
    [InlineData("0049 151 12345678", "+4915112345678")]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("+8613800138000", "+8613800138000")]
    [InlineData("+1 (415) 555-2671", "+14155552671")]
    [InlineData("  +44 7911 123456 ", "+447911123456")]
    public void International_numbers_are_stored_in_E164_without_a_region(string input, string expected)
    {
        Assert.True(International.TryNormalize(input, out var e164, out var error), error);
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("0151 12345678", "+4915112345678")]
    [InlineData("030 1234567", "+49301234567")]
    [InlineData("0049 151 12345678", "+4915112345678")]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    public void National_numbers_are_read_in_the_configured_region(string input, string expected)
    {
        Assert.True(German.TryNormalize(input, out var e164, out var error), error);
        Assert.Equal(expected, e164);
    }

    [Fact]
    public void A_national_number_without_a_configured_region_is_rejected_with_advice()
    {
        Assert.False(International.TryNormalize("0151 12345678", out _, out var error));
        Assert.Contains("country code", error);
        Assert.Contains("Bcm:People:DefaultRegion", error);
    }

    [Theory]
    [InlineData("+49 123")]
    [InlineData("+86 138 0013 800")]
    [InlineData("+999 1234 5678")]
    [InlineData("call me maybe")]
    [InlineData("+1 555 0100 99999999")]
    public void Invalid_numbers_are_rejected_with_the_input_in_the_message(string input)
    {
        Assert.False(International.TryNormalize(input, out var e164, out var error));
        Assert.Null(e164);
        Assert.Contains(input.Trim(), error);
    }

    [Fact]
    public void An_unknown_default_region_fails_naming_the_setting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PhoneNumberNormalizer("Germany"));
        Assert.Contains("Bcm:People:DefaultRegion", ex.Message);
        Assert.False(PhoneNumberNormalizer.IsKnownRegion("XX"));
        Assert.True(PhoneNumberNormalizer.IsKnownRegion(null));
    }

    [Fact]
    public void The_country_code_of_a_stored_number_is_known()
    {
        Assert.Equal("86", PhoneNumberNormalizer.CountryCodeOf("+8613800138000"));
        Assert.Equal("49", PhoneNumberNormalizer.CountryCodeOf("+4915112345678"));
    }
}
