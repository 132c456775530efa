using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Notifications.Sending;

/// <summary>
/// Who a recipient is and which channels may reach them, in order: opted-out channels and channels without an address
/// are left out (with the reason, for when nothing is left).
/// </summary>
internal sealed record DeliveryPlan(string Recipient, Person? Person, IReadOnlyList<(Channel Channel, string Address)> Routes, string? Skipped)
{
    public static DeliveryPlan For(string recipient, Person? person, MessageRequest request)
    {
        if (person is null)
        {
            if (LooksLikePhone(recipient)) return Raw(recipient, Channel.Sms, request);
            if (recipient.Contains('@', StringComparison.Ordinal)) return Raw(recipient, Channel.Email, request);
            return new DeliveryPlan(recipient, null, [], $"No person '{recipient}' (and not an E.164 number or email address).");
        }

        var wanted = request.Policy switch
        {
            ChannelPolicy.Sms => [Channel.Sms],
            ChannelPolicy.Email => [Channel.Email],
            _ => request.Channels is { Count: > 0 } order ? order : person.Channels,
        };
        var routes = new List<(Channel, string)>();
        var reasons = new List<string>();
        foreach (var channel in wanted.Distinct())
        {
            var address = person.AddressFor(channel);
            if (string.IsNullOrWhiteSpace(address)) reasons.Add($"no {(channel == Channel.Sms ? "phone number" : "email address")}");
            else if (person.IsOptedOut(channel)) reasons.Add($"opted out of {channel}");
            else routes.Add((channel, address));
        }
        return new DeliveryPlan(recipient, person, routes,
            routes.Count > 0 ? null : $"{person.Name} cannot be reached: {string.Join(", ", reasons)}.");
    }

    private static DeliveryPlan Raw(string recipient, Channel channel, MessageRequest request)
    {
        var allowed = request.Policy == ChannelPolicy.Preference
            ? request.Channels is not { Count: > 0 } order || order.Contains(channel)
            : request.Policy == (channel == Channel.Sms ? ChannelPolicy.Sms : ChannelPolicy.Email);
        return allowed
            ? new DeliveryPlan(recipient, null, [(channel, recipient)], null)
            : new DeliveryPlan(recipient, null, [], $"'{recipient}' is not a {(request.Policy == ChannelPolicy.Sms ? "phone number" : "email address")}.");
    }

    /// <summary>E.164: a plus, a non-zero digit, 7 to 15 digits in all.</summary>
    internal static bool LooksLikePhone(string value) =>
        value.Length is >= 8 and <= 16 && value[0] == '+' && value[1] != '0' && value.Skip(1).All(char.IsAsciiDigit);
}
