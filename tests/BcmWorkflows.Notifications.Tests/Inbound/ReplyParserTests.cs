using BcmWorkflows.Notifications.Inbound;

namespace BcmWorkflows.Notifications.Tests.Inbound;

public class ReplyParserTests
{
    [Theory]
    [InlineData("12", "12")]
    [InlineData(" 12 ", "12")]
    [InlineData("'12'", "12")]
    [InlineData("\"12\"", "12")]
    [InlineData("“12”", "12")]
    [InlineData("‘12’", "12")]
    [InlineData("「12」", "12")]
    [InlineData("１２", "12")]
    [InlineData("12.", "12")]
    [InlineData("\t\"  47 \" \r\n", "47")]
    [InlineData("123", "123")]
    [InlineData("12 ok", "12")]
    [InlineData("OK 12", "12")]
    [InlineData("12 确认", "12")]
    [InlineData("确认12", "12")]
    [InlineData("ack 99!", "99")]
    public void A_code_with_quotes_spaces_or_a_confirm_word_is_a_code(string body, string code)
    {
        var reply = ReplyParser.Parse(body);

        Assert.Equal(ReplyKind.Code, reply.Kind);
        Assert.Equal(code, reply.Code);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("ok")]
    [InlineData("Ok.")]
    [InlineData("ACK")]
    [InlineData("ack")]
    [InlineData("确认")]
    [InlineData("收到")]
    [InlineData(" 收到！")]
    [InlineData("“确认”")]
    [InlineData("ＯＫ")]
    public void Each_confirm_word_alone_confirms(string body)
    {
        Assert.Equal(ReplyKind.Confirm, ReplyParser.Parse(body).Kind);
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Stop ")]
    [InlineData("STOP.")]
    [InlineData("StopAll")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("REVOKE")]
    [InlineData("optout")]
    [InlineData("退订")]
    public void Opt_out_words_as_the_whole_message_opt_out(string body)
    {
        Assert.Equal(ReplyKind.OptOut, ReplyParser.Parse(body).Kind);
    }

    [Theory]
    [InlineData("stop the alarm")]
    [InlineData("please stop")]
    [InlineData("STOP 12")]
    [InlineData("don't cancel")]
    [InlineData("the end")]
    [InlineData("start later")]
    public void Opt_out_and_opt_in_words_inside_a_sentence_are_not_keywords(string body)
    {
        Assert.Equal(ReplyKind.Other, ReplyParser.Parse(body).Kind);
    }

    [Theory]
    [InlineData("START")]
    [InlineData("start")]
    [InlineData("Unstop")]
    public void Start_and_unstop_opt_in(string body)
    {
        var reply = ReplyParser.Parse(body);

        Assert.Equal(ReplyKind.OptIn, reply.Kind);
        Assert.True(reply.IsCarrierOptIn);
    }

    [Fact]
    public void Yes_confirms_but_is_also_a_carrier_opt_in_word()
    {
        var yes = ReplyParser.Parse("yes");

        Assert.Equal(ReplyKind.Confirm, yes.Kind);
        Assert.True(yes.IsCarrierOptIn);
        Assert.False(ReplyParser.Parse("OK").IsCarrierOptIn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("12 13")]
    [InlineData("0")]
    [InlineData("05")]
    [InlineData("1 2")]
    [InlineData("12 stop")]
    [InlineData("I will be there in 10")]
    public void Anything_else_is_not_understood(string body)
    {
        Assert.Equal(ReplyKind.Other, ReplyParser.Parse(body).Kind);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("INFO")]
    public void Help_words_ask_for_help(string body)
    {
        Assert.Equal(ReplyKind.Help, ReplyParser.Parse(body).Kind);
    }
}
