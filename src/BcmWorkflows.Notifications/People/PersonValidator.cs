namespace BcmWorkflows.Notifications.People;

/// <summary>
/// The rules for a person, shared by the API and the CSV import: a name; a valid email and phone when given (the
/// phone stored in E.164); a supported language (default <c>en</c>); an ordered, non-empty list of distinct channels,
/// each with its address (Sms needs a phone, Email an email). Left out, the channels are Sms then Email for the
/// addresses the person has.
/// </summary>
public sealed class PersonValidator(PhoneNumberNormalizer phones)
{
    public const int MaxNameLength = 200;
    public const int MaxOrgUnitLength = 200;

    public ValidatedPerson Validate(PersonFields fields)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = fields.Name?.Trim() ?? "";
        if (name.Length == 0) errors["name"] = ["A name is required."];
        else if (name.Length > MaxNameLength) errors["name"] = [$"At most {MaxNameLength} characters."];

        string? email = null;
        if (!string.IsNullOrWhiteSpace(fields.Email) && !EmailAddresses.TryNormalize(fields.Email, out email, out var emailError))
            errors["email"] = [emailError];
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(fields.Phone) && !phones.TryNormalize(fields.Phone, out phone, out var phoneError))
            errors["phone"] = [phoneError];

        var language = Languages.English;
        if (!string.IsNullOrWhiteSpace(fields.Language))
        {
            language = Languages.Normalize(fields.Language) ?? "";
            if (language.Length == 0) errors["language"] = [$"'{fields.Language}' is not supported; use {string.Join(" or ", Languages.All)}."];
        }

        var orgUnit = string.IsNullOrWhiteSpace(fields.OrgUnit) ? null : fields.OrgUnit.Trim();
        if (orgUnit?.Length > MaxOrgUnitLength) errors["orgUnit"] = [$"At most {MaxOrgUnitLength} characters."];

        var channels = ValidateChannels(fields, errors);
        var result = new ValidatedPerson { Name = name, Email = email, Phone = phone, Language = language, Channels = channels, OrgUnit = orgUnit };
        foreach (var (key, messages) in errors) result.Errors[key] = messages;
        return result;
    }

    private static List<Channel> ValidateChannels(PersonFields fields, Dictionary<string, string[]> errors)
    {
        bool hasPhone = !string.IsNullOrWhiteSpace(fields.Phone), hasEmail = !string.IsNullOrWhiteSpace(fields.Email);
        var channels = new List<Channel>();
        if (fields.Channels is null)
        {
            if (hasPhone) channels.Add(Channel.Sms);
            if (hasEmail) channels.Add(Channel.Email);
            if (channels.Count == 0) errors["channels"] = ["Give a phone number or an email address: a person needs at least one channel."];
            return channels;
        }
        if (fields.Channels.Count == 0)
        {
            errors["channels"] = ["List at least one channel (Sms, Email)."];
            return channels;
        }
        for (var i = 0; i < fields.Channels.Count; i++)
        {
            var key = $"channels[{i}]";
            var text = fields.Channels[i]?.Trim() ?? "";
            if (!Enum.TryParse<Channel>(text, ignoreCase: true, out var channel) || !Enum.IsDefined(channel) || !char.IsLetter(text.FirstOrDefault()))
                errors[key] = [$"'{fields.Channels[i]}' is not a channel; use {string.Join(" or ", Enum.GetNames<Channel>())}."];
            else if (channels.Contains(channel))
                errors[key] = [$"{channel} is listed twice."];
            else if (channel == Channel.Sms && !hasPhone)
                errors[key] = ["Sms needs a phone number."];
            else if (channel == Channel.Email && !hasEmail)
                errors[key] = ["Email needs an email address."];
            else
                channels.Add(channel);
        }
        return channels;
    }
}
