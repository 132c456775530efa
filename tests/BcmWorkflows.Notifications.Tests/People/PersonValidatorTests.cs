using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Notifications.Tests.People;

public class PersonValidatorTests
{
    private readonly PersonValidator _validator = new(new PhoneNumberNormalizer((string?)null));

    [Fact]
    public void A_valid_person_is_normalised()
    {
        var person = _validator.Validate(new PersonFields
        {
            Name = "  王伟 ", Email = " wang.wei@example.cn ", Phone = "+86 138 0013 8000", Language = "zh-cn", Channels = ["email", "SMS"], OrgUnit = " IT ",
        });

        Assert.True(person.IsValid, string.Join("; ", person.Errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        Assert.Equal("王伟", person.Name);
        Assert.Equal("wang.wei@example.cn", person.Email);
        Assert.Equal("+8613800138000", person.Phone);
        Assert.Equal("zh-CN", person.Language);
        Assert.Equal([Channel.Email, Channel.Sms], person.Channels);
        Assert.Equal("IT", person.OrgUnit);
    }

    [Fact]
    public void Channels_left_out_follow_the_addresses_and_language_defaults_to_english()
    {
        var both = _validator.Validate(new PersonFields { Name = "Ana", Email = "ana@example.org", Phone = "+4915112345678" });
        var mailOnly = _validator.Validate(new PersonFields { Name = "Ben", Email = "ben@example.org" });

        Assert.Equal([Channel.Sms, Channel.Email], both.Channels);
        Assert.Equal("en", both.Language);
        Assert.Equal([Channel.Email], mailOnly.Channels);
    }

    [Fact]
    public void Each_wrong_field_is_reported_under_its_own_key()
    {
        var person = _validator.Validate(new PersonFields
        {
            Name = " ", Email = "not-an-email", Phone = "+49 123", Language = "fr", Channels = ["Sms", "Fax", "Sms"],
        });

        Assert.False(person.IsValid);
        Assert.Equal(["channels[1]", "channels[2]", "email", "language", "name", "phone"], person.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Fax", person.Errors["channels[1]"][0]);
        Assert.Contains("twice", person.Errors["channels[2]"][0]);
    }

    [Fact]
    public void A_channel_needs_its_address()
    {
        var person = _validator.Validate(new PersonFields { Name = "Cleo", Email = "cleo@example.org", Channels = ["Email", "Sms"] });

        Assert.Equal("Sms needs a phone number.", Assert.Single(person.Errors["channels[1]"]));
    }

    [Fact]
    public void A_person_without_any_address_or_with_an_empty_channel_list_is_rejected()
    {
        Assert.Contains("channels", _validator.Validate(new PersonFields { Name = "Dan" }).Errors.Keys);
        Assert.Contains("channels", _validator.Validate(new PersonFields { Name = "Dan", Email = "dan@example.org", Channels = [] }).Errors.Keys);
    }

    [Theory]
    [InlineData("a@example.org", true)]
    [InlineData("first.last+tag@sub.example.co.uk", true)]
    [InlineData("Ana <ana@example.org>", false)]
    [InlineData("ana@localhost", false)]
    [InlineData("ana@@example.org", false)]
    [InlineData("ana example@example.org", false)]
    [InlineData("ana@example..org", false)]
    [InlineData("a@b.c, d@e.f", false)]
    [InlineData("@example.org", false)]
    public void Email_addresses_must_be_plain_deliverable_mailboxes(string input, bool valid)
    {
        Assert.Equal(valid, EmailAddresses.TryNormalize(input, out _, out _));
    }
}
