namespace BcmWorkflows.Notifications.People;

/// <summary>
/// Someone the server can notify: staff receiving pages and call-tree messages, managers approving plans.
/// The phone number is stored in E.164; the channel order is the person's preference (first tried first).
/// </summary>
public sealed class Person
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    /// <summary>E.164 (<c>+4915112345678</c>), normalised on the way in.</summary>
    public string? Phone { get; set; }
    /// <summary><c>en</c> or <c>zh-CN</c>: picks the template variant and the language of SMS replies.</summary>
    public string Language { get; set; } = "en";
    /// <summary>Preferred channels in order, comma separated (<c>Sms,Email</c>); see <see cref="Channels"/>.</summary>
    public string ChannelOrder { get; set; } = "Sms,Email";
    /// <summary>Set when the person texted STOP (or was opted out by a coordinator); SMS is then skipped.</summary>
    public DateTimeOffset? SmsOptedOutAt { get; set; }
    public DateTimeOffset? EmailOptedOutAt { get; set; }
    public string? OrgUnit { get; set; }
    /// <summary>The sign-in account of this person, when they have one (their tasks, their acknowledgements).</summary>
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: bumped on every change.</summary>
    public long Revision { get; set; }

    /// <summary>The channel order as values.</summary>
    public IReadOnlyList<Channel> Channels
    {
        get => ChannelOrder.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Enum.Parse<Channel>(c, ignoreCase: true)).ToList();
        set => ChannelOrder = string.Join(',', value);
    }

    public bool IsOptedOut(Channel channel) => channel switch
    {
        Channel.Sms => SmsOptedOutAt is not null,
        Channel.Email => EmailOptedOutAt is not null,
        _ => false,
    };

    /// <summary>The address of the person on a channel, or null when they have none.</summary>
    public string? AddressFor(Channel channel) => channel == Channel.Sms ? Phone : Email;
}
