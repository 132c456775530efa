using BcmWorkflows.Notifications.Sms;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>Segments as carriers bill them: GSM-7 160/153 septets, UCS-2 70/67 UTF-16 code units.</summary>
public sealed class SmsEncodingTests
{
    private const string Chinese = "您好请确认收到通知"; // 9 characters, none GSM-7

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Gsm7_text_has_160_characters_in_one_segment_and_153_per_segment_when_split(int length, int segments)
    {
        var measure = SmsEncoding.Measure(Repeat("a", length));

        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, length, segments), measure);
    }

    [Theory]
    [InlineData("€")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("[")]
    [InlineData("~")]
    [InlineData("\\")]
    [InlineData("|")]
    [InlineData("^")]
    public void An_extension_table_character_stays_gsm7_but_counts_two(string extension)
    {
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 160, 1), SmsEncoding.Measure(Repeat("a", 158) + extension));
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 161, 2), SmsEncoding.Measure(Repeat("a", 159) + extension));
    }

    [Fact]
    public void An_extension_character_is_never_split_across_segments()
    {
        // 306 septets would fit two segments of 153, but the escape pair cannot straddle the boundary at 153.
        var measure = SmsEncoding.Measure(Repeat("a", 152) + "€" + Repeat("a", 152));

        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 306, 3), measure);
    }

    [Fact]
    public void The_gsm7_basic_table_beyond_ascii_stays_gsm7()
    {
        var measure = SmsEncoding.Measure("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\r\n");

        Assert.Equal(SmsEncoding.Gsm7, measure.Encoding);
        Assert.Equal(1, measure.Segments);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2_text_has_70_characters_in_one_segment_and_67_per_segment_when_split(int length, int segments)
    {
        var measure = SmsEncoding.Measure(Repeat("确", length));

        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, length, segments), measure);
    }

    [Fact]
    public void A_chinese_text_is_ucs2()
    {
        var text = "【BCM】事件 INC-2026-014（高）：数据中心水浸，请回复 12 确认收到。";

        var measure = SmsEncoding.Measure(text);

        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, text.Length, 1), measure);
        Assert.Equal(2, SmsEncoding.Measure(text + Repeat(Chinese, 4)).Segments);
    }

    [Fact]
    public void One_character_outside_gsm7_makes_the_whole_text_ucs2()
    {
        var measure = SmsEncoding.Measure(Repeat("a", 100) + "’"); // a curly apostrophe

        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 101, 2), measure);
    }

    [Fact]
    public void An_emoji_counts_two_code_units_and_is_never_split()
    {
        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 70, 1), SmsEncoding.Measure(Repeat("🚨", 35)));
        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 72, 2), SmsEncoding.Measure(Repeat("🚨", 36)));
        // 66 units then an emoji: 68 > 67, so the pair moves whole to segment two; 134 units would otherwise fit two.
        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 134, 3), SmsEncoding.Measure(Repeat("确", 66) + "🚨" + Repeat("确", 66)));
    }

    [Fact]
    public void Empty_text_has_no_segments()
    {
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 0, 0), SmsEncoding.Measure(""));
    }
}
