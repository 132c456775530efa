using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.People;

namespace BcmWorkflows.Notifications.Tests;

public class ChannelModelTests
{
    [Fact]
    public void A_persons_channel_order_round_trips_through_its_stored_text()
    {
        var person = new Person { Id = "p1", Name = "Ana", ChannelOrder = "Email, sms" };

        Assert.Equal([Channel.Email, Channel.Sms], person.Channels);
        person.Channels = [Channel.Sms];
        Assert.Equal("Sms", person.ChannelOrder);
    }
}
