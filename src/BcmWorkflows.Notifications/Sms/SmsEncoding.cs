namespace BcmWorkflows.Notifications.Sms;

/// <summary>
/// Measures SMS text as carriers do (3GPP TS 23.038). Text made only of the GSM 03.38 basic table and its extension
/// table is GSM-7: 160 septets in one segment, 153 per segment when concatenated, an extension character
/// (<c>€ { } [ ] ~ \ | ^</c> and form feed) taking two septets. Anything else is UCS-2: 70 UTF-16 code units in one
/// segment, 67 per segment when concatenated. A character is never split across segments: an escape pair or a
/// surrogate pair that does not fit moves whole to the next segment.
/// </summary>
public static class SmsEncoding
{
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";

    private const int GsmSingle = 160;
    private const int GsmConcatenated = 153;
    private const int Ucs2Single = 70;
    private const int Ucs2Concatenated = 67;

    private const string BasicTable =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string ExtensionTable = "\f^{}\\[~]|€";

    /// <summary>True when every character of <paramref name="text"/> is in the GSM-7 basic or extension table.</summary>
    public static bool IsGsm7(string text)
    {
        foreach (var c in text)
        {
            if (!BasicTable.Contains(c) && !ExtensionTable.Contains(c)) return false;
        }
        return true;
    }

    /// <summary>The encoding, length and segment count of <paramref name="text"/>.</summary>
    public static SmsMeasure Measure(string text)
    {
        if (IsGsm7(text))
        {
            var costs = text.Select(c => ExtensionTable.Contains(c) ? 2 : 1).ToList();
            return new SmsMeasure(Gsm7, costs.Sum(), Segments(costs, GsmSingle, GsmConcatenated));
        }
        var units = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            units.Add(pair ? 2 : 1);
            if (pair) i++;
        }
        return new SmsMeasure(Ucs2, units.Sum(), Segments(units, Ucs2Single, Ucs2Concatenated));
    }

    private static int Segments(List<int> costs, int single, int concatenated)
    {
        var total = costs.Sum();
        if (total == 0) return 0;
        if (total <= single) return 1;
        var segments = 1;
        var used = 0;
        foreach (var cost in costs)
        {
            if (used + cost > concatenated)
            {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }
}
