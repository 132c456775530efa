using System.Xml.Linq;
using BcmWorkflows.Server.Features.InboundSms;

namespace BcmWorkflows.Server.Tests.Inbound;

public class TwiMLTests
{
    [Fact]
    public void A_message_is_XML_escaped_and_reads_back_exactly()
    {
        const string text = "Code <12> & \"13\" isn't open: 已确认";

        var xml = TwiML.Render(text);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>", xml);
        Assert.DoesNotContain("<12>", xml);
        Assert.Equal(text, XDocument.Parse(xml).Root!.Element("Message")!.Value);
    }

    [Fact]
    public void No_answer_is_an_empty_response()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", TwiML.Render(null));
    }
}
